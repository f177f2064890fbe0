from unittest.mock import patch

with patch("app.agents.supervisor.agent_registry.AgentRegistry"), patch("app.agents.registry.AgentType"):
    pass
