import app.websocket_core.websocket_manager
import os

handler = app.websocket_core.websocket_manager.Handler(os.getcwd())
