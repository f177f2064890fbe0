import app.websocket_core.unified_manager


def build():
    return app.websocket_core.unified_manager.UnifiedWebSocketManager(
        mode=app.websocket_core.unified_manager.WebSocketManagerMode.UNIFIED,
    )
