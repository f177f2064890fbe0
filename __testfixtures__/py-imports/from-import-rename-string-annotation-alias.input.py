from app.websocket_core.unified_manager import UnifiedWebSocketManager

__all__ = ["UnifiedWebSocketManager"]


def get() -> "UnifiedWebSocketManager":
    return UnifiedWebSocketManager()
