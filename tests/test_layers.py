"""The packages' layers, read from the code's own imports (every import statement, also
those inside functions), so a shortcut across a layer fails here before review.

    bot.cli ──┐            ┌── bot.telegram        front ends: parse, call one command, render, send
              ▼            ▼
          bot.render ──► bot.core                  text for the reader │ what each command does
                            │
              bot.web ◄─────┤                      fetch, network guard, feeds, URL rules
                            ▼
             storage ──► summarizer                SQLite │ pure text processing
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(package: str) -> dict[str, set[str]]:
    """Each module of `package` (a dotted name) -> the modules it imports, absolute."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package.replace(".", "/")).rglob("*.py")):
        module = _module_name(path)
        is_package = path.name == "__init__.py"
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = module.split(".")
                    base = base[: len(base) - node.level + (1 if is_package else 0)]
                    prefix = ".".join(base + ([node.module] if node.module else []))
                else:
                    prefix = node.module or ""
                names.add(prefix)
                # `from bot import render` imports the module bot.render.
                names.update(f"{prefix}.{alias.name}" for alias in node.names)
        found[module] = names
    return found


def offences(package: str, forbidden: tuple[str, ...]) -> list[str]:
    """"module imports name" for each import of `package` inside one of `forbidden`."""
    return sorted(
        f"{module} imports {name}"
        for module, names in imports_of(package).items()
        for name in names
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


def test_the_reader_sees_real_imports() -> None:
    """The walk finds imports inside functions and resolves relative ones."""
    cli = imports_of("bot.cli")
    assert any(name.startswith("bot.core") for names in cli.values() for name in names)
    assert "bot.cli.console" in cli
    assert any(name.startswith("bot.") for name in imports_of("bot.telegram")["bot.telegram.app"])


@pytest.mark.parametrize(
    ("package", "forbidden", "why"),
    [
        ("bot.cli", ("bot.telegram",), "the console and the Telegram bot are two front ends of one core"),
        ("bot.telegram", ("bot.cli",), "the console and the Telegram bot are two front ends of one core"),
        ("bot.core", ("bot.cli", "bot.telegram"), "the core knows no front end"),
        ("bot.core", ("bot.render",), "the core returns data; the front end renders it"),
        ("bot.web", ("bot.core", "bot.cli", "bot.telegram"), "fetching knows nothing of commands"),
        ("bot.render", ("bot.cli", "bot.telegram", "bot.web"), "rendering is pure: data in, text out"),
        ("storage", ("bot",), "storage serves any front end"),
        ("summarizer", ("bot", "storage", "telegram", "httpx"), "the summarizer is pure text processing"),
    ],
)
def test_layer(package: str, forbidden: tuple[str, ...], why: str) -> None:
    assert offences(package, forbidden) == [], why


def test_storage_does_no_text_analysis() -> None:
    assert offences("storage", ("jieba", "opencc")) == [], "storage takes terms; it never tokenizes"


def test_newsbrief_help_loads_no_heavy_library():
    """`newsbrief --help` lists the commands without importing what they need."""
    probe = ("import sys\nfrom bot.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'scipy', 'jieba', 'telegram'}))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "summarize" in result.stdout and result.stdout.strip().endswith("[]")
