from unittest import mock

import app.websocket_core.unified_manager as um


def test_manager(monkeypatch):
    with mock.patch.object(um, 'UnifiedWebSocketManager') as manager:
        assert hasattr(um, "UnifiedWebSocketManager")
    monkeypatch.setattr(
        um,  # the module under test
        'get_manager', None)
    return getattr(um, 'UnifiedWebSocketManager', None), manager
