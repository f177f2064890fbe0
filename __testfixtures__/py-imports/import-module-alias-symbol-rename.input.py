import app.websocket_core.unified_manager as um

manager = um.UnifiedWebSocketManager()
mode = um.WebSocketManagerMode.UNIFIED
