import app.websocket_core.websocket_manager


def build():
    return app.websocket_core.websocket_manager.WebSocketManager()
