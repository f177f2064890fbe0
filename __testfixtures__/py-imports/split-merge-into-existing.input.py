from app.agents.supervisor.agent_registry import get_agent_registry
from app.agents.registry import AgentRegistry, AgentType
