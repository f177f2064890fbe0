from app.websocket_core.manager import WebSocketManager

code = "manager = WebSocketManager()"
exec code
