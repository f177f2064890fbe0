# Moved: app.websocket_core.manager, whose file app/websocket_core/manager.py goes away.
def f():
    """Reads app.websocket_core.manager.WebSocketManager from app/websocket_core/manager.py."""
