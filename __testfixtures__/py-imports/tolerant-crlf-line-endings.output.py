"""Broken on Windows line endings."""
from app.agents.registry import AgentType
from app.agents.supervisor.agent_registry import AgentRegistry


class Worker(object)
    kind = AgentType.WORKER
    registry = AgentRegistry
