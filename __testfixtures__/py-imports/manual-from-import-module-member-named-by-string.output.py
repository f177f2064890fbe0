from unittest import mock

from app.ws import unified_manager


def test_a():
    x = unified_manager.UnifiedWebSocketManager()
    c = unified_manager.Conn()
    with mock.patch.object(unified_manager, "UnifiedWebSocketManager"):
        pass
