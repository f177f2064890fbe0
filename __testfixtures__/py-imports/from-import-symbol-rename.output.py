from app.websocket_core.websocket_manager import WebSocketManager


def build() -> WebSocketManager:
    manager = WebSocketManager()
    return manager
