"""An older copy of the WebSocket manager that also claims to be canonical (legacy)."""
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


class UnifiedWebSocketManager:
    def __init__(self, mode=WebSocketManagerMode.UNIFIED):
        self.mode = mode
        self.connections = {}

    def add_connection(self, connection):
        self.connections[connection.user_id] = connection

    def send_to_user(self, user_id, message):
        return user_id in self.connections and bool(_serialize_message_safely(message))
