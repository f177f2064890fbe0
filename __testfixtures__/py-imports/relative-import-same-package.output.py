from .websocket_manager import WebSocketManager
