from app.agents.registry import *  # noqa: F403
from app.agents.supervisor.agent_registry import *  # noqa: F403

registry = AgentRegistry()
