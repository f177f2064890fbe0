from app.websocket_core.unified_manager import UnifiedWebSocketManager


# A quoted return annotation is followed by `:`, as a dict key is: it names the binding all the same.
def get() -> "UnifiedWebSocketManager":
    return UnifiedWebSocketManager()


async def all_of() -> "list[UnifiedWebSocketManager]":
    return [UnifiedWebSocketManager()]


KEYS = {"UnifiedWebSocketManager": 1}
