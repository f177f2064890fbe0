from app.agents.registry import (AgentType,
                                 AgentRegistry as Registry)
