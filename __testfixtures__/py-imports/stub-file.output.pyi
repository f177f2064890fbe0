from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager
from app.agents.registry import AgentType as AgentType
from app.agents.supervisor.agent_registry import AgentRegistry as AgentRegistry
