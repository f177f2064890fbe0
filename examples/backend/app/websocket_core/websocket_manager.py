"""SSOT: the canonical WebSocket manager and its import point."""
import json
from enum import Enum


class WebSocketManagerMode(Enum):
    UNIFIED = "unified"
    ISOLATED = "isolated"


class WebSocketConnection:
    def __init__(self, user_id, websocket=None):
        self.user_id = user_id
        self.websocket = websocket


def _serialize_message_safely(message):
    return json.dumps(message, default=str)


class WebSocketManager:
    def __init__(self, mode=WebSocketManagerMode.UNIFIED):
        self.mode = mode
        self.connections = {}

    def add_connection(self, connection):
        self.connections[connection.user_id] = connection

    def send_to_user(self, user_id, message):
        return user_id in self.connections and bool(_serialize_message_safely(message))


# The implementation's older name, kept for callers that still use it.
UnifiedWebSocketManager = WebSocketManager


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
