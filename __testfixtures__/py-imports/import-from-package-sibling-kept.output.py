from app.websocket_core import websocket_manager, utils
