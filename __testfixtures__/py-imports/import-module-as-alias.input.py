import app.websocket_core.manager as wsm

manager = wsm.WebSocketManager()
