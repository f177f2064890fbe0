from app.websocket_core.unified_manager import (
    UnifiedWebSocketManager,
    WebSocketConnection,
    _serialize_message_safely,
)
