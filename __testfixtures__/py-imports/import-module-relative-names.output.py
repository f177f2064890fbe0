import importlib
from importlib import import_module

m1 = importlib.import_module(".websocket_manager", "app.websocket_core")
m2 = importlib.import_module(".websocket_manager", package=__package__)
m3 = import_module("..websocket_core.websocket_manager", package="app.consumers")
m4 = importlib.import_module("." + name, package="app.websocket_core")
m5 = importlib.import_module("app.websocket_core.websocket_manager")
m6 = importlib.import_module(".manager", pkg)
m7 = importlib.import_module(f".{name}", __package__)
m8 = importlib.import_module("..agents.supervisor.agent_registry", package="app.websocket_core")
m9 = importlib.import_module(".manager", "app.websocket_core")  # ssot-codemod-ignore
m10 = importlib.import_module(".other", "app.websocket_core")
m11 = importlib.import_module(".websocket_manager", __spec__.parent)
m12 = importlib.import_module(name=".websocket_manager", package="app.websocket_core")
m13 = importlib.import_module(".." + name, package="app.websocket_core.websocket_manager")
m14 = importlib.import_module("." + name, package="app.websocket_core.websocket_manager")
m15 = importlib.import_module("..", package="app.websocket_core.websocket_manager")
m16 = importlib.import_module("..." + name, package="app.core.agent_registry.sub")
