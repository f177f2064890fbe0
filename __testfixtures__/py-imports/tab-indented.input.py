def f():
	if True:
		from app.agents.registry import AgentType, AgentRegistry
		return AgentRegistry
