from app.websocket_core import manager, websocket_manager, utils
