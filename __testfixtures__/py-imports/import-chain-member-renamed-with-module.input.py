from unittest import mock
import app.websocket_core.unified_manager


def test_a():
    x = app.websocket_core.unified_manager.UnifiedWebSocketManager()
    with mock.patch.object(app.websocket_core.unified_manager, "UnifiedWebSocketManager"):
        pass
    return getattr(app.websocket_core.unified_manager, "UnifiedWebSocketManager")
