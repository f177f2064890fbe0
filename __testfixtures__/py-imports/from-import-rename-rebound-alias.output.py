from app.websocket_core.websocket_manager import WebSocketManager

if WebSocketManager is None:
    WebSocketManager = object
