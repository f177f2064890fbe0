import app.websocket_core.websocket_manager as um

manager = um.WebSocketManager()
mode = um.WebSocketManagerMode.UNIFIED
