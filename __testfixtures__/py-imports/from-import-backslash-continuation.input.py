from app.websocket_core.manager import WebSocketManager, \
    get_websocket_manager
