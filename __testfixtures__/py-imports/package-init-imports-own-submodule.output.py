"""The websocket core package: its submodules, by name."""
from . import websocket_manager as unified_manager
from app.websocket_core import websocket_manager as manager
from .websocket_manager import WebSocketManager as UnifiedWebSocketManager
