from app.agents.registry import (
    AgentStatus,
)
from app.agents.supervisor.agent_registry import AgentRegistry
