from app.agents import registry

agent_registry = registry.AgentRegistry()
