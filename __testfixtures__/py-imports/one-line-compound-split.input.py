import sys
if sys: from app.agents.registry import AgentRegistry, AgentType
