import app.agents.registry as reg

registry = reg.AgentRegistry()
