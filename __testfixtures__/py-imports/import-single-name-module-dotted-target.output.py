import os
from unittest import mock  # the backport
import sys
from app.compat import jsonlib as simplejson


class TestCwd:
    @mock.patch("os.getcwd")
    def test_cwd(self, getcwd):
        fake = mock.MagicMock(spec=os)
        return simplejson.dumps([os.getcwd(), str(fake)]), mock, sys
