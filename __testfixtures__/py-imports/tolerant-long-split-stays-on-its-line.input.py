# A file that does not parse (--tolerant) has its provable lines changed as little as they can
# be: a split past 88 columns stays on one line there.
from pkg.legacy import first_long_helper_name, second_long_helper_name, stays


class Handler(object)
    pass
