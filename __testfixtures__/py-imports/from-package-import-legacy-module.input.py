from app.websocket_core import manager

ws = manager.WebSocketManager()
