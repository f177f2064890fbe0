def build():
    import app.agents.registry as reg
    return reg.AgentRegistry()
