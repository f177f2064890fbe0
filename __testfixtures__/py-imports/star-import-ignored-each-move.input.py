# An opted-out star import of a module two moved names leave is one ignored finding per move (as an
# opted-out from-import is), so neither move reads as unmatched (a typo warning) in the summary.
from pkg.misc import *  # ssot-codemod-ignore
