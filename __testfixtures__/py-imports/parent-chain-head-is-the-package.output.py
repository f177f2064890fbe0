# `attrs` is bound by `import attrs` only: it is the package the canonical chain starts with, so
# `lib.val.x` becomes `attrs.validators.x`; a parameter named attrs in another function is no clash,
# a local of the function the chain runs in is.
import lib
import attrs.validators
import attrs


CHECK = attrs.validators.instance_of(int)


def make(attrs):
    return attrs


def clash():
    attrs = {}
    return lib.val.optional(attrs)
