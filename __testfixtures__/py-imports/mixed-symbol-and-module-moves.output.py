from app.websocket_core.websocket_manager import (
    WebSocketManager,
    WebSocketConnection,
    _serialize_message_safely,
)
