# The module used as a value while a member moved: the use is manual (the member may be reached
# through it), the members read by name still follow their move and the import stays.
from app.ws import old
from app.util.helpers import Helper


def f(registry):
    registry.register(old)
    return Helper()
