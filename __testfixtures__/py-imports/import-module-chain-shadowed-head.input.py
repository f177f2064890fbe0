import app.websocket_core.manager


def build(app):
    return app.websocket_core.manager.WebSocketManager()


manager = app.websocket_core.manager.WebSocketManager()
