from unittest import mock
from unittest.mock import patch


@patch("app.websocket_core.websocket_manager.WebSocketManager.send")
def test_send(send):
    with mock.patch('app.websocket_core.websocket_manager.WebSocketManager.broadcast') as b:
        with patch.object(mock, "app.websocket_core.websocket_manager"):
            pass
