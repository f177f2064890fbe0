from app.websocket_core.manager import WebSocketManager
from app.agents.registry import AgentRegistry, AgentType
