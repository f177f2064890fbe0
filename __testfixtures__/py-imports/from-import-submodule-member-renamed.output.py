from unittest import mock

from app.websocket_core import websocket_manager
import app.websocket_core.websocket_manager as um


def test_a():
    x = websocket_manager.WebSocketManager()
    y = um.WebSocketManager()
    with mock.patch.object(websocket_manager, "WebSocketManager"):
        pass
    with mock.patch.object(um, "WebSocketManager"):
        pass
