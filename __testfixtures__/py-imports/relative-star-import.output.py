from .websocket_manager import *
