from app.websocket_core.websocket_manager import WebSocketManager

print(WebSocketManager)
from app.websocket_core.websocket_manager import WebSocketManager

manager = WebSocketManager()
