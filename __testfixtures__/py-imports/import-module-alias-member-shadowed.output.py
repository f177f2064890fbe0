from app.agents.supervisor.agent_registry import AgentRegistry


def build(reg):
    return reg.AgentRegistry()


def other():
    reg = load_fake()
    return reg.AgentRegistry()


default = AgentRegistry()
