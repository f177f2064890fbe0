"""Broken on Windows line endings."""
from app.agents.registry import AgentRegistry, AgentType


class Worker(object)
    kind = AgentType.WORKER
    registry = AgentRegistry
