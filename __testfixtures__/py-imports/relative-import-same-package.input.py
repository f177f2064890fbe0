from .manager import WebSocketManager
from .unified_manager import UnifiedWebSocketManager as Impl
