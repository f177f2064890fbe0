"""Compatibility layer: re-exports the canonical manager and warns."""
import warnings

from app.websocket_core.websocket_manager import (  # noqa: F401
    WebSocketManager,
    UnifiedWebSocketManager,
    get_websocket_manager,
)

warnings.warn(
    "app.websocket_core.manager is deprecated; import from app.websocket_core.websocket_manager",
    DeprecationWarning,
    stacklevel=2,
)
