from . import websocket_manager
from . import websocket_manager as um, utils
