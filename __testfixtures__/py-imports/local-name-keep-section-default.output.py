from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager
from app.agents.supervisor.agent_registry import Registry

manager = UnifiedWebSocketManager(Registry())
