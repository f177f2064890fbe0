"""The websocket core package: its submodules, by name."""
from . import unified_manager
from app.websocket_core import manager
from .unified_manager import UnifiedWebSocketManager
