from app.websocket_core.types import Message
# SSOT import after the remediation
from app.websocket_core.websocket_manager import WebSocketManager; import os

manager = WebSocketManager(Message, os.sep)
