def load():
    from app.agents.registry import AgentType, AgentRegistry
    return AgentRegistry, AgentType
