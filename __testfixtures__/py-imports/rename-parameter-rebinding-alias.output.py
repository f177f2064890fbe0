from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager


def build(UnifiedWebSocketManager=UnifiedWebSocketManager):
    return UnifiedWebSocketManager()
