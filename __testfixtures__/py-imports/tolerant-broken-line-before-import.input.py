import logging
result = compute(1, 2))
from app.websocket_core.unified_manager import UnifiedWebSocketManager
message = "unterminated
from app.core.agent_registry import lookup


def start():
    logging.info(message)
    return UnifiedWebSocketManager(lookup("main"))
