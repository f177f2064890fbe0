from app.websocket_core.unified_manager import UnifiedWebSocketManager

print(UnifiedWebSocketManager)
from app.websocket_core.websocket_manager import WebSocketManager

manager = WebSocketManager()
