import mock as mk

patcher = mk.patch("os.getcwd")
