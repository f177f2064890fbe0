from app.websocket_core.websocket_manager import WebSocketManager
from app.websocket_core.websocket_manager import (
    # the old name
    get_websocket_manager,
)

def build():
    return WebSocketManager(), get_websocket_manager()
