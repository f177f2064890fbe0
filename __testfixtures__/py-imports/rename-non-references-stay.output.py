from app.websocket_core.websocket_manager import WebSocketManager

REGISTRY = {"UnifiedWebSocketManager": WebSocketManager}
LABEL = "UnifiedWebSocketManager serves every user"


class Holder:
    UnifiedWebSocketManager = None  # a class attribute, not the import

    def make(self):
        return WebSocketManager()


def attach(obj):
    obj.UnifiedWebSocketManager = WebSocketManager
    return configure(UnifiedWebSocketManager=WebSocketManager)


def shadowed():
    UnifiedWebSocketManager = object
    return UnifiedWebSocketManager


def through_global():
    global WebSocketManager
    return WebSocketManager


def outer():
    UnifiedWebSocketManager = 1

    def inner():
        nonlocal UnifiedWebSocketManager
        return UnifiedWebSocketManager

    return inner
