targets = [r"app.websocket_core.manager", u'app.core.agent_registry.AgentRegistry', '''app.websocket_core.manager.X''', R'app.websocket_core.manager']
