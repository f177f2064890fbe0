from . import manager
from . import unified_manager as um, utils
