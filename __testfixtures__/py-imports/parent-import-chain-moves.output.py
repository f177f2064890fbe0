import pkg
import core.live
import core.tools


def run():
    handler = core.live.Handler()
    return core.tools.build(handler), pkg.util.helper()


def fake(pkg):
    return pkg.legacy.Handler()
