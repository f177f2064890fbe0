from app.websocket_core.websocket_manager import WebSocketManager as UWM

manager = UWM()
