# Setting or deleting another attribute of the module (networkx's `utils.config = config`) leaves
# its moved members alone: they are rewritten, and the import stays for the store. Setting a moved
# one is reported.
from pkg import exc

exc.config = 1
del exc.other


def f():
    return exc.best(1)


def g():
    exc.best = None
