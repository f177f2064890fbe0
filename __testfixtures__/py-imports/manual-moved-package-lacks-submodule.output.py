import pkgtree.newpkg.sub
import pkgtree.oldpkg.gone
import pkgtree.oldpkg.gone as g
from pkgtree.oldpkg.gone import Thing
from pkgtree.oldpkg.gone.deep import Other
from pkgtree.newpkg.sub import anything
from unittest import mock


@mock.patch("pkgtree.oldpkg.gone.Thing")
@mock.patch("pkgtree.oldpkg.removed_helper")
@mock.patch("pkgtree.newpkg.sub.anything")
@mock.patch("pkgtree.newpkg.Thing.method")
def test(*mocks):
    return pkgtree.newpkg.sub.value, g, Thing, Other, anything


ENTRY = "pkgtree.newpkg.sub:anything"
PREFIX = "pkgtree.newpkg."
GONE_ENTRY = "pkgtree.oldpkg.gone:main"
