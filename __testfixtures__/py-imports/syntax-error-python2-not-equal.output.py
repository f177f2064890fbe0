from app.agents.registry import AgentRegistry


def differs(a, b):
    if a <> b:
        return AgentRegistry()
    return None
