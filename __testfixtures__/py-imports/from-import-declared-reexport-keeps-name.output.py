# A module-level import nothing here reads and `# noqa` declares unused on purpose is a re-export
# (`from pkg.b import old` elsewhere, werkzeug's wsgi.py): it keeps its name. An unused import
# without the marker (a test module's leftovers) is renamed like any other.
from app.util.a import new as old  # noqa: F401
from app.util.a import (
    other2 as other,  # noqa
)
from app.util.a import third2
from app.util.a import fourth2  # noqa: E402


def f():
    from app.util.a import new as local_old

    return local_old
