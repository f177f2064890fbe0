import os, app.agents.registry as reg  # noqa: E401
from app.agents.supervisor.agent_registry import AgentRegistry


def build(name):
    registry = AgentRegistry(name)
    print(f"built {AgentRegistry.__name__} in {os.getcwd()}")
    return registry, reg.AgentType.WORKER
