from unittest import mock

from app.websocket_core import unified_manager
import app.websocket_core.unified_manager as um


def test_a():
    x = unified_manager.UnifiedWebSocketManager()
    y = um.UnifiedWebSocketManager()
    with mock.patch.object(unified_manager, "UnifiedWebSocketManager"):
        pass
    with mock.patch.object(um, "UnifiedWebSocketManager"):
        pass
