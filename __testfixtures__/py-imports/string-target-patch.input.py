from unittest import mock
from unittest.mock import patch


@patch("app.websocket_core.manager.WebSocketManager.send")
def test_send(send):
    with mock.patch('app.websocket_core.unified_manager.UnifiedWebSocketManager.broadcast') as b:
        with patch.object(mock, "app.websocket_core.manager"):
            pass
