import app.websocket_core.unified_manager
import app.agents.supervisor.agent_registry


def build():
    return app.agents.supervisor.agent_registry.lookup("x")


PAIRS = {
    "manager": app.websocket_core.unified_manager.WebSocketConnection,
    "broken": (1, 2],
}
