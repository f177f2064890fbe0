"""The websocket core package: its submodules load lazily (PEP 562)."""
from .websocket_manager import WebSocketManager

unified_manager = WebSocketManager  # an attribute of its own: listing it stays right

__all__ = [
    "WebSocketManager",
    "manager",
    "unified_manager",
]
__all__ += ["manager"]
__all__: list[str]
names = ["manager"]


def __getattr__(name):
    if name in __all__:
        import importlib
        return importlib.import_module("." + name, __name__)
    raise AttributeError(name)
