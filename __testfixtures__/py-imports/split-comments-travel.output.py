# A name split off a list takes its own comment along, and the new statement keeps the old one's
# linter directive: a re-export without its `# noqa: F401` would be flagged (or removed) by ruff.
from pkg.old import (  # noqa: F401
    C,
)
from pkg.new import (  # noqa: F401
    A,  # the first
    B,  # the second
)
from pkg.old import (
    C,
)
from pkg.other import D  # last, no comma
from pkg.old import C as C2  # noqa: F401  re-exported
from pkg.other import D as D2  # noqa: F401  re-exported

print(B, C, D, C2, D2)
