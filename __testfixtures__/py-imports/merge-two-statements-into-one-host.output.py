from app.agents.supervisor.agent_registry import (
    get_agent_registry,
    AgentRegistry,
    AgentRegistry as Registry,
)
from app.agents.registry import AgentType
from app.agents.registry import AgentStatus
