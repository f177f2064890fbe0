"""The canonical AgentRegistry."""


class AgentRegistry:
    def __init__(self):
        self._agents = {}

    def register(self, name, agent):
        self._agents[name] = agent

    def get(self, name):
        return self._agents.get(name)
