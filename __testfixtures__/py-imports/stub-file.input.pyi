from app.websocket_core.unified_manager import UnifiedWebSocketManager as UnifiedWebSocketManager
from app.agents.registry import AgentRegistry as AgentRegistry, AgentType as AgentType
