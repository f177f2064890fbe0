from app.websocket_core.websocket_manager import (get_manager, broadcast_all,
                                                  broadcast)  # grid, as isort writes it
from app.websocket_core.websocket_manager import (WebSocketManager,
                                                  connect,

                                                  # the legacy helpers
                                                  disconnect)
from app.websocket_core.websocket_manager import send, \
                                                 receive
from app.websocket_core.websocket_manager import (
    hanging,
    indent,
)
from app.websocket_core.websocket_manager import (mixed,
        columns)


def handler():
    from app.websocket_core.websocket_manager import (first,
                                                      second)
    return first, second, WebSocketManager
