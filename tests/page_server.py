"""Fixed pages served by aiohttp on 127.0.0.1, for fetch tests that need a page in a given encoding."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

from aiohttp import web


@asynccontextmanager
async def serve_pages(pages: Mapping[str, bytes], content_type: str = "text/html") -> AsyncIterator[str]:
    """Serve each path's bytes as they are (no charset in the header: the page must declare its
    own); yields the server's base URL."""
    app = web.Application()
    for path, body in pages.items():
        async def respond(request: web.Request, body: bytes = body) -> web.Response:
            return web.Response(body=body, headers={"Content-Type": content_type})

        app.router.add_get(path, respond)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
    finally:
        await runner.cleanup()
