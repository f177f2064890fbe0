from unittest import mock

import app.websocket_core.websocket_manager as um


def test_manager(monkeypatch):
    with mock.patch.object(um, 'WebSocketManager') as manager:
        assert hasattr(um, "WebSocketManager")
    monkeypatch.setattr(
        um,  # the module under test
        'get_manager', None)
    return getattr(um, 'WebSocketManager', None), manager
