from setuptools import setup

setup(
    name="netra",
    entry_points={
        "console_scripts": [
            "ws-serve = app.websocket_core.websocket_manager:serve",
            "registry=app.agents.supervisor.agent_registry:AgentRegistry.cli [extra]",
        ],
        "pytest11": ["ws = app.websocket_core.websocket_manager"],
    },
)
uvicorn.run("app.websocket_core.websocket_manager:WebSocketManager.asgi", reload=True)
KEEP = "ws-serve = app.websocket_core.websocket_manager:serve"
PROSE = "see app.websocket_core.manager:serve for details"
