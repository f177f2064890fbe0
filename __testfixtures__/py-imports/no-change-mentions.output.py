"""Uses app.websocket_core.manager under the hood."""
# The old home was app.websocket_core.unified_manager.UnifiedWebSocketManager.


def f():
    """Returns the app.agents.registry.AgentRegistry singleton."""
    return "from app.websocket_core.manager import WebSocketManager"
