# A name leaving a from-import joins the block's import of its new module only where it is bound
# in time: an import before it, or one after it in the same run of imports. Past other code, a use
# in between would run before the name is bound. An import the pass edits takes no names.
from pkg.exc import keep
from pkg.rank import best
x = best()
from pkg.rank import other, worst

from pkg.exc import keep as k2  # worst joins the import of pkg.rank above: it comes first
from pkg.other import best2
from pkg.rank import best as b3  # the import above moves whole to pkg.other: not a host
