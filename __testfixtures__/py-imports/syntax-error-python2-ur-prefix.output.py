from app.websocket_core.manager import WebSocketManager

PATTERN = ur"^ws://[^/]+$"
manager = WebSocketManager()
