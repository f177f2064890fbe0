import pytest

# REMOVED_SYNTAX_ERROR: from app.websocket_core.manager import WebSocketManager
# REMOVED_SYNTAX_ERROR: from app.agents.registry import AgentRegistry


def test_nothing():
    pass
