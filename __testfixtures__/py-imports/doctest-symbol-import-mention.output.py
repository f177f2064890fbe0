def ordinal(n):
    """The ordinal of n.

    A doctest importing a moved name fails once the name is gone (sympy's as_int): it is a mention.

    >>> from pkg.misc import as_int, ordinal
    >>> ordinal(as_int(3))
    '3rd'
    >>> from pkg.misc import old_name as o
    >>> from pkg.misc import ordinal
    """
    return str(n)
