import sys

if sys.version_info >= (3, 11):
    from app.websocket_core.websocket_manager import WebSocketManager
elif sys.platform == "win32":
    from app.websocket_core.websocket_manager import WebSocketConnection
else:
    with open(__file__):
        from app.agents.supervisor.agent_registry import AgentRegistry
