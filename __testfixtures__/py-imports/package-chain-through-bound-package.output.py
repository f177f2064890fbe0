from app import websocket_core
from app import core as app_core
from app.agents.supervisor import agent_registry
import app.websocket_core as ws


@websocket_core.websocket_manager.memoized
def handler():
    return ws.websocket_manager.get_manager(), ws.websocket_manager.WebSocketManager


def lookup():
    return agent_registry.AgentRegistry


def shadowed(websocket_core):
    return websocket_core.manager.get_manager()
