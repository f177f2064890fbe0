from app.websocket_core.unified_manager import UnifiedWebSocketManager

if UnifiedWebSocketManager is None:
    UnifiedWebSocketManager = object
