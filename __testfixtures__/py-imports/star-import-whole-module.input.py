from app.websocket_core.manager import *  # noqa: F403
