import app.agents.registry as reg


def build(name, fake):
    registry = reg.AgentRegistry(name)
    register(reg)
    cls = getattr(reg, name)
    reg.AgentRegistry = fake
    return registry, cls
