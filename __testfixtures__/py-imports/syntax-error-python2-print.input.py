from app.websocket_core.manager import WebSocketManager


def decode(x):
    print "decoded:", x
    return WebSocketManager(x)
