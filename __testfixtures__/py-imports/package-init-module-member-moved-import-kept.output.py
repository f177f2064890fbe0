# A package's __init__ provides what it binds (`from app.ws import old` elsewhere): the moved
# member follows its move, and `from . import old` stays though nothing here reads it any more.
from . import old
from ..util.helpers import Helper

DEFAULT = Helper
