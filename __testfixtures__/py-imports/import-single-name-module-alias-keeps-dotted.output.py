import unittest.mock as mk

patcher = mk.patch("os.getcwd")
