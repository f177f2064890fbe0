from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager

if UnifiedWebSocketManager is None:
    UnifiedWebSocketManager = object
