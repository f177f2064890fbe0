import pkgtree.oldpkg.sub
import pkgtree.oldpkg.gone
import pkgtree.oldpkg.gone as g
from pkgtree.oldpkg.gone import Thing
from pkgtree.oldpkg.gone.deep import Other
from pkgtree.oldpkg.sub import anything
from unittest import mock


@mock.patch("pkgtree.oldpkg.gone.Thing")
@mock.patch("pkgtree.oldpkg.removed_helper")
@mock.patch("pkgtree.oldpkg.sub.anything")
@mock.patch("pkgtree.oldpkg.Thing.method")
def test(*mocks):
    return pkgtree.oldpkg.sub.value, g, Thing, Other, anything


ENTRY = "pkgtree.oldpkg.sub:anything"
PREFIX = "pkgtree.oldpkg."
GONE_ENTRY = "pkgtree.oldpkg.gone:main"
