# A shim: other modules import BroadcastCore from it, so that alias stays bound even though the
# file imports the target already (netra's team rewrote its broadcast_core.py by hand the same
# way); a class attribute too. A function's own alias is no one else's and gives way.
from app.websocket_core.websocket_manager import WebSocketManager as BroadcastManager
from app.websocket_core.websocket_manager import WebSocketManager as BroadcastCore
WebSocketManager = BroadcastManager


class Registry:
    from app.websocket_core.websocket_manager import WebSocketManager as Manager
    from app.websocket_core.websocket_manager import WebSocketManager as LegacyManager


def connect(user):
    from app.websocket_core.websocket_manager import WebSocketManager as Canonical
    return Canonical(user), Canonical
