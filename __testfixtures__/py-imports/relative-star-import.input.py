from .manager import *
