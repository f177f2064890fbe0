import os
from app.agents.registry import (
    AgentType,
)
from app.agents.supervisor.agent_registry import AgentRegistry
from app.agents.registry import AgentInfo
from app.agents.supervisor.agent_registry import AgentRegistry as R
