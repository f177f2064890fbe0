# A private binding stays private: renamed to `helpers`, `from pkg.api import *` would export it.
from pkg.sub import helpers as _helpers
from pkg.new import make as _make

X = _helpers.f(_make())


def test_make():
    # A function's local is no name of the module: it is renamed (jinja's test_regression.py).
    from pkg.new import make

    return make()
