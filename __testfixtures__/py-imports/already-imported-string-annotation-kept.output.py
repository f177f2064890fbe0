from typing import TYPE_CHECKING
from app.websocket_core.websocket_manager import WebSocketManager
import os

if TYPE_CHECKING:
    from app.websocket_core.websocket_manager import WebSocketManager as Legacy

def f(m: "Legacy") -> WebSocketManager:
    return os.environ, m
