from app.websocket_core.websocket_manager import WebSocketConnection

HANDLERS = [
    WebSocketConnection,
# REMOVED_SYNTAX_ERROR: ]
from app.websocket_core.manager import get_manager
from app.agents.registry import AgentRegistry


def run():
    return get_manager(), AgentRegistry, patch("app.websocket_core.manager.get_manager")
