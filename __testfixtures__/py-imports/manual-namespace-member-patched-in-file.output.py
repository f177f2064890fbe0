# The file patches the moved member on its module (a string target, patch.object): `old.helper()`
# reads the module's attribute when it runs, which the patch replaces; a bare `helper` bound at
# import would escape it. Those uses stay, manual; a member nothing patches goes bare as usual.
from unittest import mock

from app.util import old
from app.util.new import other
import app.util.old2 as old2
from app.util.new import other2


def test_it(monkeypatch):
    with mock.patch("app.util.new.helper", return_value=2):
        assert old.helper() == 2
    monkeypatch.setattr(old2, "helper", lambda: 3)
    assert old2.helper() == 3
    return other(), other2()
