from . import websocket_manager
from . import utils
