import os; from app.websocket_core.manager import WebSocketManager; import sys
