# An import the rewrite writes or lengthens past 88 columns (black's and ruff's width;
# the file's own widest line when wider) goes one name per line in parentheses: a name
# merged into a one-line import (networkx), a module's members imported in its stead
# (jinja's 262 columns), a split. One with a comment after it (`# noqa`), or given one,
# stays on its line; so does a lone name, and a statement retargeted in place.
from pkg.convert_matrix import _dict_to_numpy_array2, to_numpy_array
from pkg.utils import dict_to_numpy_array, _dict_to_numpy_array1, other
from . import defaults
from pkg.legacy import first_long_helper_name, second_long_helper_name, third_one
from pkg.other import x_long_name_to_make_this_line_long, y_long_name  # noqa: F401
from pkg.utils import dict_to_numpy_array as d2, _dict_to_numpy_array3
from pkg.legacy2 import first_long_helper_name_x, second_long_helper_name_y
from pkg.legacy2 import only_one_name_here_stays_on_its_line_whatever_its_width


def make(options):
    return (
        defaults.BLOCK_START_STRING,
        defaults.BLOCK_END_STRING,
        defaults.VARIABLE_START_STRING,
        defaults.VARIABLE_END_STRING,
    )


def lazy():
    from pkg.legacy import first_long_helper_name, second_long_helper_name, kept  # noqa: F401
