from app.websocket_core.unified_manager import UnifiedWebSocketManager


def build(UnifiedWebSocketManager=UnifiedWebSocketManager):
    return UnifiedWebSocketManager()
