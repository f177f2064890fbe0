from app.agents.supervisor.agent_registry import AgentRegistry

agent_registry = AgentRegistry()
