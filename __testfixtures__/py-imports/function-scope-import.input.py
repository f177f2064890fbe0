async def handler(websocket):
    from app.websocket_core.manager import get_websocket_manager

    manager = await get_websocket_manager()
    return manager
