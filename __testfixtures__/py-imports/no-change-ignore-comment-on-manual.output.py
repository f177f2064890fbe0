import importlib

# Checked by hand and kept: these load a module by a name built at run time.
handler = importlib.import_module(f"app.websocket_core.manager{suffix}")  # ssot-codemod-ignore
# ssot-codemod-ignore
other = importlib.import_module(f"app.core.agent_registry{suffix}")
still = importlib.import_module(f"app.websocket_core.manager{suffix}")
