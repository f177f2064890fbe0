# The canonical module's own import of a name moved into it stays manual where reading the
# definition instead would change what runs: a use when the module loads, above the definition; a
# name only the alias binds; a name a string spells; the new name meaning something else at a use;
# a renamed name the module re-exports (`# noqa`).
from .util import name_asyncgen
from .util import aliased as al
from .util import listed
from .util import shadowed
from .util import reexported  # noqa: F401

__all__ = ["listed"]
EARLY = name_asyncgen


def asyncgen_name(agen):
    return agen.__name__


def aliased():
    return al


def listing():
    pass


def fresh():
    pass


def user(fresh):
    return shadowed(fresh)


def re_exported():
    pass
