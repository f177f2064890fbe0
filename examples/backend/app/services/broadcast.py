import app.websocket_core.unified_manager as unified

try:
    from ..websocket_core.manager import WebSocketManager
except ImportError:  # older deployments
    WebSocketManager = None


def broadcast(message, users):
    manager = unified.UnifiedWebSocketManager()
    for user in users:
        manager.send_to_user(user, message)
    return WebSocketManager is not None


def lazy_registry():
    from app.core.agent_registry import AgentRegistry
    return AgentRegistry()
