from . import websocket_manager as manager
from . import websocket_manager as um, utils
