import os
from app.websocket_core.websocket_manager import WebSocketManager
from app.websocket_core.unified_manager import UnifiedWebSocketManager  # legacy path
from app.agents.registry import AgentRegistry

manager = UnifiedWebSocketManager()
assert isinstance(manager, WebSocketManager), os.getpid()
