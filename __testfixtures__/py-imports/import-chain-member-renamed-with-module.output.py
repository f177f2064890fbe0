from unittest import mock
import app.websocket_core.websocket_manager


def test_a():
    x = app.websocket_core.websocket_manager.WebSocketManager()
    with mock.patch.object(app.websocket_core.websocket_manager, "WebSocketManager"):
        pass
    return getattr(app.websocket_core.websocket_manager, "WebSocketManager")
