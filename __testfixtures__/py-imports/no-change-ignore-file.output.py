# ssot-codemod-ignore-file
from app.websocket_core.manager import WebSocketManager
