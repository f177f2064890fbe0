def f():
	if True:
		from app.agents.registry import AgentType
		from app.agents.supervisor.agent_registry import AgentRegistry
		return AgentRegistry
