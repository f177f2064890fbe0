"""Checks that app/websocket_core/manager.py is gone.

The registry lived in app/agents/registry.py, which stays (only AgentRegistry moves).
"""
import os

# Patched by hand: app/websocket_core/unified_manager.py.
LEGACY_FILES = [
    "app/websocket_core/manager.py",
    '/home/ci/checkout/app/websocket_core/unified_manager.py',
    r"C:\src\app\websocket_core\manager.pyi",
    "app\\core\\agent_registry\\__init__.py",
    "app/core/agent_registry/",
]
NOT_LEGACY = [
    "app/websocket_core/manager_old.py",
    "app/websocket_core/manager.pyc",
    "app/websocket_core/websocket_manager.py",
    "myapp/websocket_core/manager.py",
    "app/agents/registry.py",
]
BOTH = "app.websocket_core.manager, at app/websocket_core/manager.py"
ratio = app / websocket_core / manager


def exists(root):
    return os.path.exists(os.path.join(root, "app", "websocket_core", "manager.py"))
