from app.agents.supervisor.agent_registry import AgentRegistry

registry = AgentRegistry()
