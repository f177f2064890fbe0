"""Deprecated: AgentRegistry lives in app.agents.supervisor.agent_registry now."""
from enum import Enum

from app.agents.supervisor.agent_registry import AgentRegistry  # noqa: F401


class AgentStatus(Enum):
    IDLE = "idle"
    RUNNING = "running"
