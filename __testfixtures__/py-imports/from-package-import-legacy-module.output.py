from app.websocket_core import websocket_manager as manager

ws = manager.WebSocketManager()
