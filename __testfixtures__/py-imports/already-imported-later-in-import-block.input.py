from app.websocket_core.types import Message
from app.websocket_core.unified_manager import UnifiedWebSocketManager
# SSOT import after the remediation
from app.websocket_core.websocket_manager import WebSocketManager; import os

manager = UnifiedWebSocketManager(Message, os.sep)
