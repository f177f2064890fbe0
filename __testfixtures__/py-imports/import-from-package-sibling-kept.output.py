from app.websocket_core import websocket_manager as manager, websocket_manager, utils
