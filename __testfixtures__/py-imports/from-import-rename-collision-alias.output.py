from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager
from app.other import WebSocketManager


def build():
    return UnifiedWebSocketManager(), WebSocketManager()
