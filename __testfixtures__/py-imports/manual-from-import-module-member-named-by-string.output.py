from unittest import mock

from app.ws import unified_manager
from app.ws.websocket_manager import Conn


def test_a():
    x = unified_manager.UnifiedWebSocketManager()
    c = Conn()
    with mock.patch.object(unified_manager, "UnifiedWebSocketManager"):
        pass
