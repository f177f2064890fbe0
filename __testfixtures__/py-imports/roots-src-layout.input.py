from .manager import WebSocketManager
from app.websocket_core.unified_manager import WebSocketConnection
