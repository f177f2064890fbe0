from app.websocket_core.websocket_manager import WebSocketManager as WSM


def connect(user):
    manager = WSM(user)
    return manager, WSM
