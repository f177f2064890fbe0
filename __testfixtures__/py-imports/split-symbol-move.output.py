from app.agents.registry import AgentType, AgentStatus
from app.agents.supervisor.agent_registry import AgentRegistry

registry = AgentRegistry()
