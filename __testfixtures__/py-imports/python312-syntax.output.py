from app.websocket_core.websocket_manager import WebSocketManager

type Handler = WebSocketManager | None


def first[T](items: list[T]) -> T:
    return items[0]


def describe(event):
    match event:
        case {"type": "connect", "id": ident}:
            return f"{event["type"]}: {f"{ident!r:>{10}}"} {{braces}}"
        case _:
            return f"{'\n'.join(['a', 'b'])}"
