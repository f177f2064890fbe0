# import_module of a module that moves whole, whose member is renamed in its target: the string is
# re-pointed (strings pass) and the member read on the call renamed with it; a module object kept
# while the old name is read as an attribute is manual (it was left with no finding: AttributeError).
import importlib

direct = importlib.import_module("app.ws.old").A
m = importlib.import_module("app.ws.old")
x = m.A
