from app.websocket_core.manager_factory import WebSocketManagerFactory
from app.websocket_core.managers import X
from app.core.registry.universal_registry import AgentRegistry
from app.agents.registry_helpers import AgentRegistry as Helper
import app.websocket_core.websocket_manager
patch("app.websocket_core.managerial.X")
