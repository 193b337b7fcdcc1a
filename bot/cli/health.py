"""`newsbrief health`: exit 0 when the running bot's /healthz answers 200 (Docker HEALTHCHECK).

It asks the bot on this machine: the webhook port in webhook mode, else
NEWSBRIEF_HEALTH_PORT. Exit 1 (one line on stderr) when the bot does not answer or
is not healthy, 2 when no health endpoint is configured.
"""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request

from bot.cli.common import add_settings_arguments, settings_of
from bot.settings import HEALTH_PATH, Settings

# Addresses that mean "every interface": ask over loopback instead.
_ANY = {"0.0.0.0", "::", ""}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_settings_arguments(parser, db=None)
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds to wait (default: 5)")


def health_url(settings: Settings) -> str | None:
    port = settings.webhook_port if settings.webhook_url else settings.health_port
    if not port:
        return None
    host = "127.0.0.1" if settings.webhook_listen in _ANY else settings.webhook_listen
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}{HEALTH_PATH}"


def run(args: argparse.Namespace) -> int:
    url = health_url(settings_of(args))
    if url is None:
        print("newsbrief health: no health endpoint: set NEWSBRIEF_HEALTH_PORT (polling mode) "
              "or NEWSBRIEF_WEBHOOK_URL", file=sys.stderr)
        return 2
    try:
        with urllib.request.urlopen(url, timeout=args.timeout) as response:
            body = response.read(1000).decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        print(f"newsbrief health: {url} answered {exc.code}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        print(f"newsbrief health: {url} did not answer: {reason}", file=sys.stderr)
        return 1
    print(body)
    return 0
