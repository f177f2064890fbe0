from ..unified_manager import WebSocketConnection
from ...agents.registry import AgentRegistry, AgentInfo
