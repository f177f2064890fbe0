"""A consumer whose class header lost its colon in an earlier bulk edit."""
from app.websocket_core.unified_manager import UnifiedWebSocketManager, WebSocketConnection
from app.agents.registry import AgentRegistry, AgentType


class Handler(object)
    def __init__(self):
        self.manager = UnifiedWebSocketManager()
        self.kind = AgentType.WORKER


def make():
    from app.websocket_core.manager import get_manager
    return get_manager(), AgentRegistry(), WebSocketConnection
