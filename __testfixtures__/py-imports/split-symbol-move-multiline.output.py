from app.agents.registry import (
    AgentStatus,
    AgentType,
)
from app.agents.supervisor.agent_registry import AgentRegistry
