# A private binding stays private: renamed to `helpers`, `from pkg.api import *` would export it.
from pkg import _helpers
from pkg.old import _make

X = _helpers.f(_make())
