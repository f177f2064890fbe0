# ssot-codemod-ignore
from app.websocket_core.manager import WebSocketManager
from app.websocket_core.websocket_manager import get_websocket_manager
