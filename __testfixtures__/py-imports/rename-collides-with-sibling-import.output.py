from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager, WebSocketManager

pair = (UnifiedWebSocketManager, WebSocketManager)
