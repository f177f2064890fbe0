from app.websocket_core.unified_manager import UnifiedWebSocketManager
from app.other import WebSocketManager


def build():
    return UnifiedWebSocketManager(), WebSocketManager()
