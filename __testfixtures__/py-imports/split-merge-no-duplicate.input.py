from app.agents.supervisor.agent_registry import AgentRegistry
from app.agents.registry import AgentRegistry, AgentType
