from app.websocket_core.manager import
x = 1
