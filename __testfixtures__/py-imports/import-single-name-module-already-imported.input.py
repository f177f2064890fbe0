from unittest import mock
import mock

patcher = mock.patch("os.getcwd")
try:
    import mock
except ImportError:
    mock = None
