import logging
result = compute(1, 2))
from app.websocket_core.websocket_manager import WebSocketManager as UnifiedWebSocketManager
message = "unterminated
from app.agents.supervisor.agent_registry import lookup


def start():
    logging.info(message)
    return UnifiedWebSocketManager(lookup("main"))
