import app.agents.registry as reg


def build(reg):
    return reg.AgentRegistry()


def other():
    reg = load_fake()
    return reg.AgentRegistry()


default = reg.AgentRegistry()
