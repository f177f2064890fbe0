from app.websocket_core.websocket_manager import WebSocketManager
from app.websocket_core.unified_manager import (
    UnifiedWebSocketManager,  # the old name
    get_websocket_manager,
)

def build():
    return UnifiedWebSocketManager(), get_websocket_manager()
