from app.agents.registry import (  # keep me
    AgentType,  # type of agent
    # trailing own-line comment
    AgentStatus,
)
from app.agents.supervisor.agent_registry import AgentRegistry  # the registry moves
