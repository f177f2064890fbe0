"""The app package: what it imports at its top, it provides (from app import UnifiedWebSocketManager)."""
from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager
from app.websocket_core import websocket_manager as manager

DEFAULT = UnifiedWebSocketManager
m = manager.WebSocketManager


def make():
    # A function's own import is nobody else's: renamed as anywhere.
    from app.websocket_core.websocket_manager import WebSocketManager
    return WebSocketManager()
