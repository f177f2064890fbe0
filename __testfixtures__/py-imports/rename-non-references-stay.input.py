from app.websocket_core.unified_manager import UnifiedWebSocketManager

REGISTRY = {"UnifiedWebSocketManager": UnifiedWebSocketManager}
LABEL = "UnifiedWebSocketManager serves every user"


class Holder:
    UnifiedWebSocketManager = None  # a class attribute, not the import

    def make(self):
        return UnifiedWebSocketManager()


def attach(obj):
    obj.UnifiedWebSocketManager = UnifiedWebSocketManager
    return configure(UnifiedWebSocketManager=UnifiedWebSocketManager)


def shadowed():
    UnifiedWebSocketManager = object
    return UnifiedWebSocketManager


def through_global():
    global UnifiedWebSocketManager
    return UnifiedWebSocketManager


def outer():
    UnifiedWebSocketManager = 1

    def inner():
        nonlocal UnifiedWebSocketManager
        return UnifiedWebSocketManager

    return inner
