import pkg


def run():
    handler = pkg.legacy.Handler()
    return pkg.old.make(handler), pkg.util.helper()


def fake(pkg):
    return pkg.legacy.Handler()
