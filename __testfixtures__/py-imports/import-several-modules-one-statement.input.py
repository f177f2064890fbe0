import os, app.websocket_core.manager as wsm, app.core.agent_registry as reg

print(os, wsm.WebSocketManager, reg.AgentRegistry)
