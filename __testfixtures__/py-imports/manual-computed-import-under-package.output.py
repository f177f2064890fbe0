import importlib
from importlib import import_module


def load(name, backend, n):
    # Each builds a path under a package above a module that moves whole: it may name that module.
    plugin = importlib.import_module("app.websocket_core." + name)
    other = __import__(f"app.{backend}.manager", fromlist=["X"])
    third = import_module(
        "app.websocket_core.%s" % n,
    )
    # Not these: a package no whole move lies in, static text past the dot, a literal name.
    fine = import_module("app.agents.registry_" + name)
    also = import_module(f"services.{name}")
    plain = import_module("app.websocket_core.websocket_manager")
    checked = import_module("app." + name)  # ssot-codemod-ignore
    return plugin, other, third, fine, also, plain, checked
