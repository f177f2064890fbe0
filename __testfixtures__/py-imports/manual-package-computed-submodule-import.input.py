"""Lazy submodules: the name is built at run time, so a moved one cannot be told from the text."""
from importlib import import_module
import importlib


def __getattr__(name):
    module = import_module(f"._{name.lower()}", package="app.websocket_core")
    return getattr(module, name)


def load(name):
    return importlib.import_module("." + name, __name__)


def literal():
    # A literal name is read by the string pass (and this one names no moved module).
    return import_module("app.websocket_core.websocket_manager")
