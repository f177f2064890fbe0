"""Helpers for the WebSocket tests.

from app.websocket_core.unified_manager import WebSocketConnection
from app.websocket_core.manager import get_manager


def helper():
    return get_manager()
