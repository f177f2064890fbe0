from unittest.mock import patch
from app.websocket_core.websocket_manager import WebSocketManager


def test_sends():
    # A patch target ends in the old name; it is a dotted path, not a use of the import.
    with patch("app.websocket_core.websocket_manager.WebSocketManager.send") as send:
        WebSocketManager().send("hi")
    assert send.called
    assert getattr(WebSocketManager, "send")
