import sys
from unittest.mock import MagicMock, patch


# Stacked on one test: re-pointed, the first would patch the second's target again.
@patch("app.websocket_core.manager.WebSocketManager.send")
@patch("app.websocket_core.websocket_manager.WebSocketManager.send")
def test_send(new_send, old_send):
    pass


# One `with`: two legacy paths that both move to app.websocket_core.websocket_manager.
def test_both():
    with patch("app.websocket_core.manager.connect"), patch("app.websocket_core.unified_manager.connect"):
        pass


# Two modules mocked in one dict: the later key would win.
FAKES = {
    "app.core.agent_registry": MagicMock(),
    "app.agents.supervisor.agent_registry": MagicMock(),
}


# Keys of two dict displays in one call do not clash: re-pointed.
SPLIT = (dict, {"app.agents.supervisor.agent_registry": 1}, {"app.agents.supervisor.agent_registry": 2})


# A list repeats a module name harmlessly (each is popped from sys.modules): re-pointed.
PURGED = ["app.websocket_core.websocket_manager", "app.websocket_core.websocket_manager"]


# Separate tests do not clash: re-pointed.
@patch("app.websocket_core.websocket_manager.WebSocketManager.close")
def test_close(close):
    pass


@patch("app.websocket_core.websocket_manager.WebSocketManager.close")
def test_close_new(close):
    with patch.dict(sys.modules, FAKES):
        pass
