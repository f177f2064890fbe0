from app.websocket_core.websocket_manager import *  # noqa: F403
