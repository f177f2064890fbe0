from app.websocket_core.websocket_manager import WebSocketManager, \
    get_websocket_manager
