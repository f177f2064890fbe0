def load():
    from app.agents.registry import AgentType
    from app.agents.supervisor.agent_registry import AgentRegistry
    return AgentRegistry, AgentType
