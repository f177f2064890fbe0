# LibCST 1.0.1 turned `compat.WebSocketManager` into a bare name; the alias and its uses stay.
import app.websocket_core.manager as compat

manager = compat.WebSocketManager()
