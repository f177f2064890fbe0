from app.websocket_core.manager import WebSocketManager

def f():
        x = 1
    return x
