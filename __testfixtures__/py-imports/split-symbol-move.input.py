from app.agents.registry import AgentRegistry, AgentType, AgentStatus

registry = AgentRegistry()
