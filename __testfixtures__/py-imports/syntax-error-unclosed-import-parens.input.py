from app.websocket_core.manager import (
    WebSocketManager,

def f():
    pass
