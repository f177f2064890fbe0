import os
from app.websocket_core.websocket_manager import WebSocketManager
# legacy path
from app.agents.supervisor.agent_registry import AgentRegistry

manager = WebSocketManager()
assert isinstance(manager, WebSocketManager), os.getpid()
