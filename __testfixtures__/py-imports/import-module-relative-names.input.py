import importlib
from importlib import import_module

m1 = importlib.import_module(".manager", "app.websocket_core")
m2 = importlib.import_module(".manager", package=__package__)
m3 = import_module("..websocket_core.manager", package="app.consumers")
m4 = importlib.import_module("." + name, package="app.websocket_core")
m5 = importlib.import_module("app.websocket_core.manager")
m6 = importlib.import_module(".manager", pkg)
m7 = importlib.import_module(f".{name}", __package__)
m8 = importlib.import_module("..core.agent_registry", package="app.websocket_core")
m9 = importlib.import_module(".manager", "app.websocket_core")  # ssot-codemod-ignore
m10 = importlib.import_module(".other", "app.websocket_core")
m11 = importlib.import_module(".manager", __spec__.parent)
m12 = importlib.import_module(name=".manager", package="app.websocket_core")
m13 = importlib.import_module(".." + name, package="app.websocket_core.manager")
m14 = importlib.import_module("." + name, package="app.websocket_core.manager")
m15 = importlib.import_module("..", package="app.websocket_core.manager")
m16 = importlib.import_module("..." + name, package="app.core.agent_registry.sub")
