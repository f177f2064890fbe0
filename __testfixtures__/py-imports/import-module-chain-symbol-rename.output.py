import app.websocket_core.websocket_manager


def build():
    return app.websocket_core.websocket_manager.WebSocketManager(
        mode=app.websocket_core.websocket_manager.WebSocketManagerMode.UNIFIED,
    )
