import os, app.agents.registry as reg  # noqa: E401


def build(name):
    registry = reg.AgentRegistry(name)
    print(f"built {reg.AgentRegistry.__name__} in {os.getcwd()}")
    return registry, reg.AgentType.WORKER
