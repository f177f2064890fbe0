from app.websocket_core.websocket_manager import WebSocketManager

pair = (WebSocketManager, WebSocketManager)
