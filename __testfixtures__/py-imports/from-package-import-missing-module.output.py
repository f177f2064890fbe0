from app.core import config
from app.agents.supervisor import agent_registry

reg = agent_registry.AgentRegistry()
