// Valid Python programs covering the 3.8–3.13 grammar (walrus, positional-only parameters, match,
// parenthesized context managers, except*, PEP 695, PEP 701 f-strings, async forms…): seeds for the
// reader's fuzz test and cases for the parser's unit tests. Every one compiles under CPython 3.13.

export const SYNTAX_SEEDS: readonly string[] = [
  `"""Module docstring."""
from __future__ import annotations

import os.path as osp, sys
from collections import (OrderedDict as OD,
                         defaultdict)
from . import sibling
from ..pkg.mod import *  # noqa

CONSTANT: int = 10
x, *rest = [1, 2, 3]
a = b = c = None
(d) = e = 1
[f1, (g1, h1)] = 1, (2, 3)
counter = 0
counter += 1
counter **= 2
value = -1 ** -2 if not a else ~3 // 4 % 5 @ b
flags = 1 << 2 | 3 & 4 ^ 5 >> 1
ok = 1 < 2 <= 3 != 4 is not None and 5 not in [] or 6 in {6}
del a, b
assert ok, "message"
print(*rest, sep=", ", end="\\n", **{})
`,
  `import asyncio


def positional(a, b=2, /, c=3, *args, d, e=5, **kwargs) -> dict[str, int]:
    """Docstring."""
    global CONSTANT
    CONSTANT = a
    def inner():
        nonlocal b
        b += 1
        return b
    return {"a": a, **kwargs}


async def main(items):
    async with asyncio.timeout(1) as t, open("x") as f:
        async for item in items:
            await asyncio.sleep(0)
            if (n := len(item)) > 10:
                continue
            else:
                break
        else:
            pass
    result = [await fetch(x) async for x in items if x]
    gen = (y async for y in items)
    return [i async for i in gen]


@decorator
@decorator.attr(1)
@(lambda f: f)
class Example(Base, metaclass=Meta):
    attribute: list[int] = []
    __private = 1

    def method(self, *, key=lambda x=1: x):
        return super().method(self.__private)

    @property
    def prop(self):
        yield from range(3)
        x = yield
        return

    class Nested:
        pass
`,
  `def patterns(command, point, items):
    match command.split():
        case [action]:
            pass
        case [action, obj]:
            pass
        case ["go", direction] | ["move", direction]:
            pass
        case ["drop", *objects]:
            pass
        case {"x": 0, "y": y, **rest}:
            pass
        case Point(x=0, y=0) | Point(1, 2):
            pass
        case Color.RED:
            pass
        case -1 | 1.5 | 2 + 3j | -4 - 5j | "text" "concat" | b"bytes" if False:
            pass
        case (1 as one, _) if one:
            pass
        case str() | bytes():
            pass
        case [*_]:
            pass
        case _:
            pass
    match point, items:
        case (x, y), [first, *others]:
            pass
    match = case = type = _ = 1
    print(match, case, type, _)
`,
  `try:
    import json
except (ImportError, ValueError) as error:
    json = None
except Exception:
    raise
else:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

with (open("a") as a, open("b") as b,):
    pass
with (open("a")):
    pass
with (a, b) as c, d:
    pass

for i, (j, k) in enumerate(pairs):
    while i:
        i -= 1
        if i == 3: break
    else:
        continue
`,
  `type Alias = list[int]
type Generic[T, *Ts, **P] = tuple[T, *Ts]
type Bounded[T: (int, str) = int] = T


def first[T](xs: list[T]) -> T:
    return xs[0]


class Box[T: int, U = str]:
    def get[V](self, v: V) -> T | V:
        return v


def star_annotation(*args: *Ts): pass
`,
  `name = "world"
width = 10
nested = f"{f'{name!r:>{width}}'}"
debug = f"{name = }, {width=:>5}, {name!s:{'^'}{width}}"
quotes = f"{"double"} {'single'} {f"{"deep"}"}"
multi = f"""{
    name  # a comment inside the field
}"""
escaped = f"{{literal}} {name}\\n"
raw = rf"\\d{width}"
concat = "a" 'b' f"{name}" """c"""
data = b"bytes" rb"\\raw" B"X"
unicode = "\\u00e9\\U0001F600\\x41\\101\\q"[0:2]
number = 0xFF + 0o17 + 0b1010 + 1_000_000 + 1.5e-3 + .5 + 5. + 3j + 1E+5J
slices = items[1:2, ::3, ...][:, None][*idx]
comprehension = {k: v for k, v in pairs if k if v}, {x for x in y}, [z for z in w for w in v]
lam = lambda a, /, b=1, *c, d, **e: (a, b, c, d, e)
walrus = [y := f(x), y ** 2]
conditional = x if y else z if w else v
`,
  `class Outer:
    x = 1
    values = [x for _ in range(3)]
    def method(self):
        return x

    def uses_class(self):
        return __class__


def closure():
    counter = 0
    def increment():
        nonlocal counter
        counter += 1
        return counter
    total = sum(i for i in range(10) if (last := i) > 5)
    return increment, last
`,
  `if True: x = 1; y = 2
elif False: pass
else: z = 3
while False: pass
for _ in []: pass
class Empty: pass
def one_line(): return 1
global_value = (yield_value := 1)
lambda: (yield)
ℌello = 1
naïve = ℌello
`,
];
