from app.websocket_core import websocket_manager

ws = websocket_manager.WebSocketManager()
