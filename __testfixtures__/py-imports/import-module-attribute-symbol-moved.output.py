import app.agents.registry
import app.agents.supervisor.agent_registry

registry = app.agents.supervisor.agent_registry.AgentRegistry()
kind = app.agents.registry.AgentType.WORKER
