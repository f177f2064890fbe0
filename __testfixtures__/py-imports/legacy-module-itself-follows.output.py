"""Compatibility layer: re-exports from the canonical module."""
from .websocket_manager import WebSocketManager
from app.websocket_core.websocket_manager import WebSocketConnection
