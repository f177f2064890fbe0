from setuptools import setup

setup(
    name="netra",
    entry_points={
        "console_scripts": [
            "ws-serve = app.websocket_core.manager:serve",
            "registry=app.agents.registry:AgentRegistry.cli [extra]",
        ],
        "pytest11": ["ws = app.websocket_core.manager"],
    },
)
uvicorn.run("app.websocket_core.unified_manager:UnifiedWebSocketManager.asgi", reload=True)
KEEP = "ws-serve = app.websocket_core.websocket_manager:serve"
PROSE = "see app.websocket_core.manager:serve for details"
