import sys

if sys.version_info >= (3, 11):
    from app.websocket_core.manager import WebSocketManager
elif sys.platform == "win32":
    from app.websocket_core.unified_manager import WebSocketConnection
else:
    with open(__file__):
        from app.core.agent_registry import AgentRegistry
