import app.websocket_core.websocket_manager


def build(app):
    return app.websocket_core.manager.WebSocketManager()


manager = app.websocket_core.websocket_manager.WebSocketManager()
