from app.websocket_core.manager import (get_manager, broadcast_all,
                                        broadcast)  # grid, as isort writes it
from app.websocket_core.unified_manager import (UnifiedWebSocketManager,
                                                connect,

                                                # the legacy helpers
                                                disconnect)
from app.websocket_core.manager import send, \
                                       receive
from app.websocket_core.manager import (
    hanging,
    indent,
)
from app.websocket_core.manager import (mixed,
        columns)


def handler():
    from app.websocket_core.manager import (first,
                                            second)
    return first, second, UnifiedWebSocketManager
