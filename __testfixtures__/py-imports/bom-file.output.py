from app.websocket_core.websocket_manager import WebSocketManager
from app.agents.registry import AgentType
from app.agents.supervisor.agent_registry import AgentRegistry
