from app.websocket_core.manager import WebSocketManager


class Registry:
    """Keeps what AgentRegistry left behind when it moved to supervisor/."""

    manager = WebSocketManager
