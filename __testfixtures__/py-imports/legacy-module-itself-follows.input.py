"""Compatibility layer: re-exports from the canonical module."""
from .unified_manager import UnifiedWebSocketManager as WebSocketManager
from app.websocket_core.unified_manager import WebSocketConnection
