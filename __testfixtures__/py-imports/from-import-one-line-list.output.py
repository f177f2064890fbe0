from app.websocket_core.websocket_manager import (
    WebSocketConnection,
    WebSocketManagerMode,
)
