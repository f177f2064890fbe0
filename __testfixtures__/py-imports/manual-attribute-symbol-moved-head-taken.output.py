import legacy.registry

agents = legacy.registry.AgentRegistry()
canonical = "x"
