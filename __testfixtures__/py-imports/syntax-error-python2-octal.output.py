import os

from app.websocket_core.unified_manager import UnifiedWebSocketManager

os.chmod("/tmp/socket", 0777)
manager = UnifiedWebSocketManager()
