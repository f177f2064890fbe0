from pkgtree.newpkg import sub
from pkgtree.newpkg import Thing, impl
from pkgtree.oldpkg import removed_helper
from pkgtree.oldpkg import (
    sub as submodule,
    gone,
)
