# A name split off a list takes its own comment along, and the new statement keeps the old one's
# linter directive: a re-export without its `# noqa: F401` would be flagged (or removed) by ruff.
from pkg.old import (  # noqa: F401
    A,  # the first
    B,  # the second
    C,
)
from pkg.old import (
    C,
    D  # last, no comma
)
from pkg.old import C as C2, D as D2  # noqa: F401  re-exported

print(B, C, D, C2, D2)
