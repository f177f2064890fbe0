import importlib
import sys

module = importlib.import_module("app.websocket_core.websocket_manager")
sys.modules["app.agents.supervisor.agent_registry"] = module
legacy = __import__('app.websocket_core.websocket_manager')
