# `from pkg import m` whose members moved to another module: as under `import pkg.m as m`, each
# goes to a from-import of its new module; an item whose every use left is dropped from its list.
from app.ws import (
    Unrelated,
    old2,
)
from app.util.helpers import Helper
from app.util.helpers import Helper2


def f():
    return Helper(), Unrelated, Helper2, old2.other()
