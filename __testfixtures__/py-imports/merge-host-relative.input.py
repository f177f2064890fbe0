# A relative import of the new module takes the names that move there, as an absolute one does
# (and as JS merges into `import { other } from './rank'`); a member read through a module imported
# relatively is imported relatively.
from .rank import other
from .exc import best, keep
from . import exc


def f():
    return exc.worst(keep, best, other)
