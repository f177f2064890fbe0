from ..websocket_manager import WebSocketConnection
from ...agents.registry import AgentInfo
from ...agents.supervisor.agent_registry import AgentRegistry
