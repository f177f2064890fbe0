from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager

label = f"{UnifiedWebSocketManager.__name__}"
