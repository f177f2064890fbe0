from app.core import agent_registry, config

reg = agent_registry.AgentRegistry()
