import app.websocket_core.websocket_manager as wsm

manager = wsm.WebSocketManager()
