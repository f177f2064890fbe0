# The canonical package lies inside the legacy one: what already names it stays as it is.
import nestpkg.core.engine
import nestpkg.core
from nestpkg.core.engine import Engine
from nestpkg.core import engine as core_engine
from nestpkg.util import helper
import nestpkg.util
from unittest import mock


@mock.patch("nestpkg.core.engine.Engine.start")
@mock.patch("nestpkg.util.helper")
def test(*mocks):
    return nestpkg.core.engine.Engine, core_engine, helper, nestpkg.util.x
