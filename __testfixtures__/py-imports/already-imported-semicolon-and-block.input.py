from typing import TYPE_CHECKING
from app.websocket_core.websocket_manager import WebSocketManager
from app.websocket_core.unified_manager import UnifiedWebSocketManager; import os

if TYPE_CHECKING:
    from app.websocket_core.unified_manager import UnifiedWebSocketManager as WebSocketManager

def f(m: WebSocketManager) -> UnifiedWebSocketManager:
    return os.environ, m
