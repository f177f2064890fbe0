from app.websocket_core.manager import WebSocketManager

def f():
# nothing here
x = 1
