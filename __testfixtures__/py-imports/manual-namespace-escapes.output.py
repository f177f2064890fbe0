import app.agents.registry as reg
from app.agents.supervisor.agent_registry import AgentRegistry


def build(name, fake):
    registry = AgentRegistry(name)
    register(reg)
    cls = getattr(reg, name)
    reg.AgentRegistry = fake
    return registry, cls
