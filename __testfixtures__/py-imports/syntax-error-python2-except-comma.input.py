try:
    from app.websocket_core.manager import WebSocketManager
except ImportError, error:
    WebSocketManager = None
