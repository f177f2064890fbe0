from typing import TYPE_CHECKING
from app.websocket_core.websocket_manager import WebSocketManager
import os

if TYPE_CHECKING:
    pass

def f(m: WebSocketManager) -> WebSocketManager:
    return os.environ, m
