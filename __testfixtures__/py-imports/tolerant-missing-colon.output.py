"""A consumer whose class header lost its colon in an earlier bulk edit."""
from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager, WebSocketConnection
from app.agents.registry import AgentType
from app.agents.supervisor.agent_registry import AgentRegistry


class Handler(object)
    def __init__(self):
        self.manager = UnifiedWebSocketManager()
        self.kind = AgentType.WORKER


def make():
    from app.websocket_core.websocket_manager import get_manager
    return get_manager(), AgentRegistry(), WebSocketConnection
