# `import a.b.m` that stays, its member named by a string beside the chain: a rename in place is
# followed (as under `import a.b.m as mm`); a member moved elsewhere is manual (flask's test_appcontext).
from unittest import mock

import pkg.m


def test_names():
    cls = getattr(pkg.m, "New")
    with mock.patch.object(pkg.m, "New"):
        pass
    return hasattr(pkg.m, "Gone"), pkg.m.New, getattr(pkg.m, "Stays")
