from app.websocket_core.manager import WebSocketManager  # ssot-codemod-ignore
from app.websocket_core.manager import get_websocket_manager
patch("app.websocket_core.manager.X")  # ssot-codemod-ignore
