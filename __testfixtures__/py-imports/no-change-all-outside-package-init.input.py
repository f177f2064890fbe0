from .websocket_manager import WebSocketManager

# A module's own __all__ names its attributes, never a sibling module.
__all__ = ["manager", "WebSocketManager"]
manager = WebSocketManager()
