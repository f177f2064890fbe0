# Names split off a list laid out one per line (black, ruff) are laid out the same way when more
# than one goes; a lone name goes on one line. The trailing comma follows the list's own.
from app.compat import (
    Undefined,
)
from app.compat.v2 import ModelField
from app.compat.shared import (
    field_is_scalar,
    lenient_issubclass,
)
from app.compat import (
    Undefined as U2,
)
from app.compat.shared import (
    field_is_scalar as fs2,
    lenient_issubclass as li2
)


def f():
    from app.compat import (
        Undefined,
    )
    from app.compat.v2 import ModelField
    return Undefined, ModelField, U2, fs2, li2, field_is_scalar, lenient_issubclass
