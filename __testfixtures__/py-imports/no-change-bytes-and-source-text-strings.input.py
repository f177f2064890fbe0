payload = b"app.websocket_core.manager"
snippet = "from app.websocket_core.manager import WebSocketManager"
factory = "app.websocket_core.manager_factory"
kind = "app.agents.registry.AgentType"
