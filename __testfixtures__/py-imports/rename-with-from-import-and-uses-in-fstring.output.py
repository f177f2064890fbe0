from app.websocket_core.websocket_manager import WebSocketManager

label = f"{WebSocketManager.__name__}"
