# An import the rewrite writes or lengthens past 88 columns (black's and ruff's width;
# the file's own widest line when wider) goes one name per line in parentheses: a name
# merged into a one-line import (networkx), a module's members imported in its stead
# (jinja's 262 columns), a split. One with a comment after it (`# noqa`), or given one,
# stays on its line; so does a lone name, and a statement retargeted in place.
from pkg.convert_matrix import (
    _dict_to_numpy_array2,
    to_numpy_array,
    dict_to_numpy_array,
    _dict_to_numpy_array1,
)
from pkg.utils import other
from .constants import (
    BLOCK_START_STRING,
    BLOCK_END_STRING,
    VARIABLE_START_STRING,
    VARIABLE_END_STRING,
)
from pkg.legacy import third_one
from pkg.a_rather_long_canonical_module_name import (
    first_long_helper_name,
    second_long_helper_name,
)
from pkg.other import x_long_name_to_make_this_line_long, y_long_name, _dict_to_numpy_array3  # noqa: F401
from pkg.convert_matrix import dict_to_numpy_array as d2
from pkg.a_rather_long_canonical_module_name_two import first_long_helper_name_x, second_long_helper_name_y
from pkg.a_rather_long_canonical_module_name_two import only_one_name_here_stays_on_its_line_whatever_its_width


def make(options):
    return (
        BLOCK_START_STRING,
        BLOCK_END_STRING,
        VARIABLE_START_STRING,
        VARIABLE_END_STRING,
    )


def lazy():
    from pkg.legacy import kept  # noqa: F401
    from pkg.a_rather_long_canonical_module_name import first_long_helper_name, second_long_helper_name  # noqa: F401
