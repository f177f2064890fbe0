from app.websocket_core.websocket_manager import WebSocketManager as WSM
from app.websocket_core.unified_manager import UnifiedWebSocketManager


def connect(user):
    manager = UnifiedWebSocketManager(user)
    return manager, WSM
