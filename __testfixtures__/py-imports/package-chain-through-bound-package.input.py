from app import websocket_core
from app import core as app_core
import app.websocket_core as ws


@websocket_core.manager.memoized
def handler():
    return ws.manager.get_manager(), ws.unified_manager.UnifiedWebSocketManager


def lookup():
    return app_core.agent_registry.AgentRegistry


def shadowed(websocket_core):
    return websocket_core.manager.get_manager()
