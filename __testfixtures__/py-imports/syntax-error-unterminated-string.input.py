from app.websocket_core.manager import WebSocketManager

message = "unterminated
