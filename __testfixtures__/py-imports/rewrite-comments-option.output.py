"""Uses app.websocket_core.websocket_manager under the hood."""
# The old home was app.websocket_core.websocket_manager.WebSocketManager.
x = 1  # see app.agents.supervisor.agent_registry
