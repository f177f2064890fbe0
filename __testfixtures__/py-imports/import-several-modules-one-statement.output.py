import os, app.websocket_core.websocket_manager as wsm, app.agents.supervisor.agent_registry as reg

print(os, wsm.WebSocketManager, reg.AgentRegistry)
