import importlib
import sys

module = importlib.import_module("app.websocket_core.unified_manager")
sys.modules["app.core.agent_registry"] = module
legacy = __import__('app.websocket_core.manager')
