from app.websocket_core.manager import WebSocketManager

manager = WebSocketManager()
label = `manager`
