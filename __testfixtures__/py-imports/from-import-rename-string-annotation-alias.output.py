from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager

__all__ = ["UnifiedWebSocketManager"]


def get() -> "UnifiedWebSocketManager":
    return UnifiedWebSocketManager()
