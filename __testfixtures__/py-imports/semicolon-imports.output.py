import os; from app.websocket_core.websocket_manager import WebSocketManager; import sys
