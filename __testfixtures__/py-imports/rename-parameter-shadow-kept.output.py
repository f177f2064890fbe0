from app.websocket_core.websocket_manager import WebSocketManager


def build(UnifiedWebSocketManager=WebSocketManager):
    return UnifiedWebSocketManager()
