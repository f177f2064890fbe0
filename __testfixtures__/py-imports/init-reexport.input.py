"""The websocket package."""
from .manager import WebSocketManager
from .websocket_manager import get_websocket_manager

__all__ = ["WebSocketManager", "get_websocket_manager"]
