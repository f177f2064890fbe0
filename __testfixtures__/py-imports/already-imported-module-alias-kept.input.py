# A shim: other modules import BroadcastCore from it, so that alias stays bound even though the
# file imports the target already (netra's team rewrote its broadcast_core.py by hand the same
# way); a class attribute too. A function's own alias is no one else's and gives way.
from app.websocket_core.unified_manager import UnifiedWebSocketManager as BroadcastManager
from app.websocket_core.unified_manager import UnifiedWebSocketManager as BroadcastCore
WebSocketManager = BroadcastManager


class Registry:
    from app.websocket_core.websocket_manager import WebSocketManager as Manager
    from app.websocket_core.unified_manager import UnifiedWebSocketManager as LegacyManager


def connect(user):
    from app.websocket_core.websocket_manager import WebSocketManager as Canonical
    from app.websocket_core.unified_manager import UnifiedWebSocketManager as Local
    return Local(user), Canonical
