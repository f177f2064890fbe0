# A private binding stays private: renamed to `helpers`, `from pkg.api import *` would export it.
from pkg.sub import helpers as _helpers
from pkg.new import make as _make

X = _helpers.f(_make())
