from pkgtree.oldpkg import sub
from pkgtree.oldpkg import Thing, impl
from pkgtree.oldpkg import removed_helper
from pkgtree.oldpkg import (
    sub as submodule,
    gone,
)
