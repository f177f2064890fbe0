# `from pkg import m` whose members moved to another module: as under `import pkg.m as m`, each
# goes to a from-import of its new module; an item whose every use left is dropped from its list.
from app.ws import (
    old as o,
    Unrelated,
    old2,
)


def f():
    return o.Helper(), Unrelated, old2.Helper, old2.other()
