def build():
    from app.agents.supervisor.agent_registry import AgentRegistry
    return AgentRegistry()
