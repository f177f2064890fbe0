name = "send"
target = f"app.websocket_core.manager.WebSocketManager.{name}"
plain = f"app.websocket_core.websocket_manager.WebSocketManager"
