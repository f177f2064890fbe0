import sys
from app.websocket_core.unified_manager import UnifiedWebSocketManager  # never used below

sys.path.insert(0, "/srv/app")

from app.websocket_core.websocket_manager import WebSocketManager

manager = WebSocketManager()
