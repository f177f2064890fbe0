import sys
if sys: from app.agents.registry import AgentType; from app.agents.supervisor.agent_registry import AgentRegistry
