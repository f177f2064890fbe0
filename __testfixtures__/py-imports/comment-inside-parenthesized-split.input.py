from app.agents.registry import (  # keep me
    AgentType,  # type of agent
    AgentRegistry,  # the registry moves
    # trailing own-line comment
    AgentStatus,
)
