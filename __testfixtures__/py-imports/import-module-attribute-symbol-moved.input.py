import app.agents.registry

registry = app.agents.registry.AgentRegistry()
kind = app.agents.registry.AgentType.WORKER
