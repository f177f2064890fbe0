import asyncio

from app.websocket_core.websocket_manager import get_websocket_manager


async def main():
    return await get_websocket_manager()
