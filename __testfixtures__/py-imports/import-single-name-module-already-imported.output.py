from unittest import mock

patcher = mock.patch("os.getcwd")
try:
    from unittest import mock
except ImportError:
    mock = None
