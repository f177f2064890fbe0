import os
import mock  # the backport
import sys, simplejson


class TestCwd:
    @mock.patch("os.getcwd")
    def test_cwd(self, getcwd):
        fake = mock.MagicMock(spec=os)
        return simplejson.dumps([os.getcwd(), str(fake)]), mock, sys
