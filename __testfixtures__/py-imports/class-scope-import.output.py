class TestManager:
    from app.websocket_core.websocket_manager import WebSocketManager

    def test_create(self):
        from app.websocket_core.websocket_manager import WebSocketConnection
        assert WebSocketConnection
