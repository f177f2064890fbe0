"""Uses app.websocket_core.manager under the hood."""
# The old home was app.websocket_core.unified_manager.UnifiedWebSocketManager.
x = 1  # see app.core.agent_registry
