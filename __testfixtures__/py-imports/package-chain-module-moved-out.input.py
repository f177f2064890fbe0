# A chain through a package (`core`) to a whole module that moved out from under it reads through
# the module's own name, imported as the package is (trio's `_core._thread_cache` after
# `_thread_cache` moved up: `from .. import _thread_cache`). A name the file already uses stays manual.
from .. import core
from pkg import core as c2


def test_idle(monkeypatch):
    monkeypatch.setattr(core.thread_cache, "IDLE_TIMEOUT", 0.01)
    assert c2.thread_cache.start() and core.sub.x == 1
    gone = core.gone.f()
    return gone
