from app.websocket_core.unified_manager import UnifiedWebSocketManager, WebSocketManager

pair = (UnifiedWebSocketManager, WebSocketManager)
