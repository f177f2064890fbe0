try:
    from app.websocket_core.websocket_manager import WebSocketManager
except ImportError:
    from app.websocket_core.websocket_manager import WebSocketManager
