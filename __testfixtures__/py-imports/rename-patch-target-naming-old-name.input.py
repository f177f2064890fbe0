from unittest.mock import patch
from app.websocket_core.unified_manager import UnifiedWebSocketManager


def test_sends():
    # A patch target ends in the old name; it is a dotted path, not a use of the import.
    with patch("app.websocket_core.unified_manager.UnifiedWebSocketManager.send") as send:
        UnifiedWebSocketManager().send("hi")
    assert send.called
    assert getattr(UnifiedWebSocketManager, "send")
