from app.websocket_core.websocket_manager import WebSocketManager

LEGACY_FILE = "app/websocket_core/manager.py"


def broken(:
    return "app/websocket_core/manager.py"
