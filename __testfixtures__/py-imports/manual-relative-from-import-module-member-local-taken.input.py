# `from . import old` in app/ws: a moved member whose name the file already binds gets the local
# name the shared policy decides, as under `import app.ws.old as old`.
from . import old

Helper = "a name of this module"


def f():
    return old.Helper()
