from app.websocket_core.manager import WebSocketManager

data = {"a": [1, 2)
