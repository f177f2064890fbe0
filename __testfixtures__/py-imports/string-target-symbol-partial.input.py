from unittest.mock import patch

with patch("app.agents.registry.AgentRegistry"), patch("app.agents.registry.AgentType"):
    pass
