from app.websocket_core.unified_manager import UnifiedWebSocketManager

label = f"{UnifiedWebSocketManager.__name__}"
