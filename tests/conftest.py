"""Shared test helpers: run the real `newsbrief` console script against this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
def cli():
    return run_cli
