targets = [r"app.websocket_core.websocket_manager", u'app.agents.supervisor.agent_registry.AgentRegistry', '''app.websocket_core.websocket_manager.X''', R'app.websocket_core.websocket_manager']
