from .websocket_manager import WebSocketManager
from .websocket_manager import WebSocketManager as Impl
