"""Shared test helpers: run the real `newsbrief` console script against this checkout."""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"


def newsbrief_executable() -> str:
    """The installed console script next to this interpreter (falls back to PATH)."""
    candidate = Path(sys.executable).parent / "newsbrief"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("newsbrief")
    if not found:
        raise RuntimeError("the newsbrief console script is not installed")
    return found


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a subprocess that imports this checkout, not another install."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("PYTHONIOENCODING", "utf-8")
    # The command line speaks NEWSBRIEF_LANG, else the machine's locale: pin the default
    # (zh, as in the settings) so no test depends on the locale of the machine it runs on.
    env.setdefault("NEWSBRIEF_LANG", "zh")
    if extra:
        env.update(extra)
    return env


def run_cli(
    *args: str,
    input: bytes | str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    if isinstance(input, str):
        input = input.encode("utf-8")
    proc = subprocess.run(
        [newsbrief_executable(), *args],
        input=input,
        capture_output=True,
        env=cli_env(env),
        timeout=timeout,
        cwd=REPO_ROOT,
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


@pytest.fixture
def real_cli():
    """`newsbrief ARGS` as a user runs it: the installed script in a subprocess (the few
    smoke tests of each mode; everything else uses `cli`)."""
    return run_cli


@pytest.fixture
def cli(capsys, monkeypatch):
    """`newsbrief ARGS` in this process: `bot.cli.main` with `env` set, `input` on stdin
    and the output captured; answers like `run_cli` (returncode, stdout, stderr)."""
    from bot.cli import main

    def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None,
            timeout: float | None = None) -> subprocess.CompletedProcess[str]:
        data = input.encode("utf-8") if isinstance(input, str) else (input or b"")
        root = logging.getLogger()
        saved = root.handlers[:], root.level
        with monkeypatch.context() as patch:
            if "NEWSBRIEF_LANG" not in os.environ:
                patch.setenv("NEWSBRIEF_LANG", "zh")  # as `cli_env`: no test depends on the machine's locale
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
            capsys.readouterr()
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse's usage errors
                code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
            finally:
                # The commands configure logging for a process of their own.
                root.handlers[:] = saved[0]
                root.setLevel(saved[1])
            out, err = capsys.readouterr()
        return subprocess.CompletedProcess(list(args), code, out, err)

    return run


# --- test clocks ---------------------------------------------------------------------------

# A fixed instant, so no test depends on today's date (the suite passes under libfaketime).
TEST_NOW = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)


class ManualClock:
    """A UTC clock that moves only when told. Storage calls it (`clock()`); the digest
    service and the scheduler ask `clock.now()`."""

    def __init__(self, start: datetime = TEST_NOW) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


# --- the fake Bot API, the real bot process and local news pages -------------------------
#
# Module-scoped: one fake API and one `newsbrief run` per module. A module configures
# them with module-level names: FAKE_BOT_API (FakeBotAPI keyword arguments),
# FAKE_BOT_ADMINS ({chat id: admin user ids}) and BOT_ENV (extra environment of the bot).

# The page cap a module's bot may run with; /news/bulky is the same article over it.
MAX_PAGE_BYTES = 20_000
PAGE_TITLE = "星河科技三季度营收增长23%"


@pytest.fixture(scope="module")
def fake(request):
    from tests.fakebotapi import FakeBotAPI

    with FakeBotAPI(**getattr(request.module, "FAKE_BOT_API", {})) as api:
        for chat_id, admins in getattr(request.module, "FAKE_BOT_ADMINS", {}).items():
            api.set_admins(chat_id, *admins)
        yield api


@pytest.fixture(scope="module")
def bot(request, fake, tmp_path_factory):
    from tests.botharness import BotProcess

    workdir = tmp_path_factory.mktemp("bot")
    process = BotProcess(fake, workdir / "newsbrief.db", env=getattr(request.module, "BOT_ENV", {}))
    process.start()
    yield process
    process.stop()


@pytest.fixture(scope="module")
def pages():
    """News pages on 127.0.0.1: /news/cloud (zh), /news/robots (en), /news/bulky (the zh
    article behind a head over MAX_PAGE_BYTES), /missing (404)."""
    from pytest_httpserver import HTTPServer

    from tests.botharness import ARTICLE_EN, ARTICLE_ZH, article_page

    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    html = "text/html; charset=utf-8"
    page = article_page(PAGE_TITLE, ARTICLE_ZH)
    server.expect_request("/news/cloud").respond_with_data(page, content_type=html)
    server.expect_request("/news/robots").respond_with_data(
        article_page("Northwind Robotics revenue rises 18%", ARTICLE_EN, site="Example Wire"), content_type=html
    )
    # A bulky head, as many news sites have: without a page cap it is summarized like /news/cloud.
    bulky_head = "<!-- " + "tracking-and-ads " * (MAX_PAGE_BYTES // 10) + "-->"
    server.expect_request("/news/bulky").respond_with_data(
        page.replace("<head>", "<head>" + bulky_head, 1), content_type=html
    )
    server.expect_request("/missing").respond_with_data("nope", status=404)
    yield server
    server.clear()
    server.stop()


def _local_server():
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    server.stop()


# An empty HTTP server on 127.0.0.1 for one test, which says what it serves (pages, feeds);
# the bot reaches it with NEWSBRIEF_ALLOW_PRIVATE_URLS=1. Two names, as the tests call it;
# a module's own fixture of the same name (a server with its pages set up) wins.
site = pytest.fixture(_local_server, name="site")
feed_site = pytest.fixture(_local_server, name="feed_site")


# --- the bot in process --------------------------------------------------------------------
#
# The real Application with the Bot API answered offline (tests/offlinebot.py), on a fresh
# SQLite file per test. A module sets OFFLINE_BOT_ENV (extra settings), OFFLINE_ADMINS
# ({chat id: admin user ids}) and OFFLINE_PRIVACY_MODE (BotFather's privacy mode; off by default).


@pytest.fixture
async def offline_bot(request, tmp_path):
    from bot.settings import Settings
    from bot.telegram.app import build_application
    from tests.offlinebot import OfflineBot, OfflineRequest

    module = request.module
    api = OfflineRequest(admins=getattr(module, "OFFLINE_ADMINS", {}),
                         privacy_mode=getattr(module, "OFFLINE_PRIVACY_MODE", False))
    db = tmp_path / "bot.db"
    settings = Settings.from_env({
        "TELEGRAM_BOT_TOKEN": "1:offline", "NEWSBRIEF_DB": str(db),
        "NEWSBRIEF_WORKERS": "0", "NEWSBRIEF_FEED_POLL_SECONDS": "3600",
        **getattr(module, "OFFLINE_BOT_ENV", {}),
    })
    app = build_application(settings, request=api)
    async with app:
        await app.post_init(app)
        try:
            yield OfflineBot(app, api, db)
        finally:
            await app.post_shutdown(app)


@pytest.fixture
async def console_chat(tmp_path):
    """A `newsbrief chat` console on a fresh database, in Chinese, with its output captured: (console, output)."""
    from bot.cli.console import Console
    from bot.core.analyzer import Analyzer
    from bot.core.service import Service
    from bot.web.fetch import FetchConfig
    from storage.aio import AsyncStore

    store = await AsyncStore.open(tmp_path / "console.db")
    service = Service(store, analyzer=Analyzer(workers=0), fetch_config=FetchConfig(), rate_limit_per_minute=0)
    out = io.StringIO()
    yield Console(service, chat_id=0, lang="zh", out=out), out
    await service.close()
