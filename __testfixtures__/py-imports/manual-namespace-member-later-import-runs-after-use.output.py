# The file's own `from … import B` comes after a use of `util.B` at module level: reusing its B
# there would read B before anything binds it (NameError), so the use is manual, under either binding.
import legacy.util as util
from legacy import util as util2
u_B = util.B
u2_B = util2.B
from legacy.util import U
from core.new import B


def later():
    return util.B
