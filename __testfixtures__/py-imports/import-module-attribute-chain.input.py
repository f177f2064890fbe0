import app.websocket_core.manager


def build():
    return app.websocket_core.manager.WebSocketManager()
