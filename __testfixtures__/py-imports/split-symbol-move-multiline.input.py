from app.agents.registry import (
    AgentStatus,
    AgentRegistry,
    AgentType,
)
