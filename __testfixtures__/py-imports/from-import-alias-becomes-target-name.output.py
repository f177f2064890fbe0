# The local name already is the canonical one: `WebSocketManager as WebSocketManager` would read as
# the explicit re-export idiom (stubs, mypy --no-implicit-reexport), so the alias goes.
from app.websocket_core.websocket_manager import WebSocketManager
from app.agents.supervisor.agent_registry import AgentRegistry as AgentRegistry

manager = WebSocketManager()
registry = AgentRegistry()
