import os
from app.agents.registry import (
    AgentRegistry,
    AgentType,
)
from app.agents.registry import AgentRegistry as R, AgentInfo
