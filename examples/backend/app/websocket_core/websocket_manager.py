"""SSOT: the canonical import point for the WebSocket manager."""
from app.websocket_core.unified_manager import (
    UnifiedWebSocketManager,
    WebSocketConnection,
    WebSocketManagerMode,
    _serialize_message_safely,
)

WebSocketManager = UnifiedWebSocketManager


async def get_websocket_manager(user_context=None, mode=WebSocketManagerMode.UNIFIED):
    return WebSocketManager(mode=mode)


__all__ = [
    "WebSocketManager",
    "UnifiedWebSocketManager",
    "WebSocketConnection",
    "WebSocketManagerMode",
    "_serialize_message_safely",
    "get_websocket_manager",
]
