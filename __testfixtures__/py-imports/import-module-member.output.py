# importlib.import_module("m").X: the member decides where the string points (X moved on its own),
# as JS's import('m').then((m) => m.X); a module object kept while a moved name is used is manual.
import importlib
from importlib import import_module

registry_class = importlib.import_module("app.agents.supervisor.agent_registry").AgentRegistry
other = importlib.import_module("app.agents.registry").build_registry
loader = import_module(
    "app.agents.supervisor.agent_registry"  # the old home
).AgentRegistry
registry_module = importlib.import_module("app.agents.registry")
kept = registry_module.AgentRegistry
