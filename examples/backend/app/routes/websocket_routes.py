from app.websocket_core.unified_manager import (
    UnifiedWebSocketManager,
    WebSocketConnection,  # one connection per user
)
from app.agents.registry import AgentRegistry, AgentStatus


def open_connection(user_id):
    manager = UnifiedWebSocketManager()
    manager.add_connection(WebSocketConnection(user_id))
    registry = AgentRegistry()
    registry.register("triage", AgentStatus.IDLE)
    return manager
