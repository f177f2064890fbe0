# `from legacy import *` where the module moves whole and one of its names is renamed: the module
# is re-pointed (its old file is gone), and the renamed name, which the star now brings under its
# new name, is manual.
from app.ws.new import *  # noqa

y = Keep
