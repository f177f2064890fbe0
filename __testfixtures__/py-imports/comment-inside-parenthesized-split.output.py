from app.agents.registry import (  # keep me
    AgentType,  # type of agent
    # the registry moves
    # trailing own-line comment
    AgentStatus,
)
from app.agents.supervisor.agent_registry import AgentRegistry
