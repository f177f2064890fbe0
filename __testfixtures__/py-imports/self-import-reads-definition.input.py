# The canonical module's own import of a name moved into it (trio's _asyncgens.py, jinja's
# runtime.py): the name leaves the statement and its uses read the definition, renamed to its name;
# a statement left empty goes.
from .util import name_asyncgen, other
from .util import same_name


def finalize(agen):
    return name_asyncgen(agen), other(), same_name()


def asyncgen_name(agen):
    return agen.__name__


def same_name():
    return 1


LATER = name_asyncgen  # at load time, but below the definition
