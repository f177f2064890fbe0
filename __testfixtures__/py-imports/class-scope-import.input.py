class TestManager:
    from app.websocket_core.manager import WebSocketManager

    def test_create(self):
        from app.websocket_core.unified_manager import WebSocketConnection
        assert WebSocketConnection
