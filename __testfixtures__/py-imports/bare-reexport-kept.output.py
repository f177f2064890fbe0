# LibCST deleted this unused re-export; it is a public name and must stay.
from app.websocket_core.websocket_manager import WebSocketManager  # noqa: F401
