from __future__ import annotations

import app.websocket_core.websocket_manager as wsm
from app.websocket_core.websocket_manager import (WebSocketManager)

if (n := len([])) > 0:
    print(f"{n=}", f"{n!r:{'>'}{10}}", rb'\d', Rb"x", F'{n}', fR'{n}\d')
lambda x, /, *, y=0: x
print(*[1], **{})
async def g():
    async with a as b:
        await b
    async for i in b:
        yield i
x = [i for i in range(3) if i]
y = 0x_FF + 1_000.5e-3j + 0o17 + 0b1 + .5 + 1.
