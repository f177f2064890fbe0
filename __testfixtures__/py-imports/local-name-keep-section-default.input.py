from app.websocket_core.unified_manager import UnifiedWebSocketManager
from app.agents.registry import AgentRegistry

manager = UnifiedWebSocketManager(AgentRegistry())
