from app.websocket_core.websocket_manager import WebSocketManager
from app.websocket_core.unified_manager import \
    UnifiedWebSocketManager, get_websocket_manager

build = (UnifiedWebSocketManager, get_websocket_manager)
