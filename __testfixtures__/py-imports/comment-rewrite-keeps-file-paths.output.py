# Moved: app.websocket_core.websocket_manager, whose file app/websocket_core/manager.py goes away.
def f():
    """Reads app.websocket_core.websocket_manager.WebSocketManager from app/websocket_core/manager.py."""
