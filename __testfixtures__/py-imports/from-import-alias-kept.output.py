# LibCST 1.0.1 expanded this alias away; the alias is the local contract and stays.
from app.websocket_core.websocket_manager import WebSocketManager as WebSocketConnectionManager

manager = WebSocketConnectionManager()
