from app.websocket_core.websocket_manager import (  # the old path
    WebSocketManager,  # the class
    # the factory:
    get_websocket_manager,
)
