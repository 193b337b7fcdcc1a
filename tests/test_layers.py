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

import os
import subprocess
import sys

import pytest

from tests.import_graph import ROOT, import_statements, module_name


def imports_of(package: str) -> dict[str, set[str]]:
    """Each module of `package` (a dotted name) -> the modules it imports, absolute."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package.replace(".", "/")).rglob("*.py")):
        module = module_name(path)
        names: set[str] = set()
        for prefix, imported in import_statements(path.read_text(encoding="utf-8"), module, path.name == "__init__.py"):
            names.add(prefix)
            # `from bot import render` imports the module bot.render.
            names.update(f"{prefix}.{name}" for name in imported)
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
