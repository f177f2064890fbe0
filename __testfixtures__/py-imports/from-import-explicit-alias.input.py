from app.websocket_core.unified_manager import UnifiedWebSocketManager as UWM

manager = UWM()
