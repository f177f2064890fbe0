# The local name already is the canonical one: `WebSocketManager as WebSocketManager` would read as
# the explicit re-export idiom (stubs, mypy --no-implicit-reexport), so the alias goes.
from app.websocket_core.unified_manager import UnifiedWebSocketManager as WebSocketManager
from app.agents.registry import AgentRegistry as AgentRegistry

manager = WebSocketManager()
registry = AgentRegistry()
