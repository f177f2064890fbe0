"""Settings built by a call whose closing bracket an earlier script dropped."""
import logging
from app.websocket_core.websocket_manager import WebSocketConnection
import app.agents.supervisor.agent_registry as registry

logger = logging.getLogger(__name__)

CONFIG = dict(
    timeout=5,
    retries=3,

def connect():
    return WebSocketConnection(registry.lookup("main"))
