from app.agents.registry import *  # noqa: F403

registry = AgentRegistry()
