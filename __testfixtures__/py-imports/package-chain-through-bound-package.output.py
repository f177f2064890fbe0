from app import websocket_core
from app import core as app_core
import app.websocket_core as ws


@websocket_core.websocket_manager.memoized
def handler():
    return ws.websocket_manager.get_manager(), ws.websocket_manager.WebSocketManager


def lookup():
    return app_core.agent_registry.AgentRegistry


def shadowed(websocket_core):
    return websocket_core.manager.get_manager()
