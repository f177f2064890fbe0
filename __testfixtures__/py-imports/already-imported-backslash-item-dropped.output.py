from app.websocket_core.websocket_manager import WebSocketManager
from app.websocket_core.websocket_manager import \
    get_websocket_manager

build = (WebSocketManager, get_websocket_manager)
