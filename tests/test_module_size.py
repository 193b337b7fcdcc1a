"""Every module of the product stays small enough to read in one sitting.

Past 500 lines a module has usually grown a second job; new logic goes into a new module
named for what it does (the house style), and this keeps merges of parallel work honest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "summarizer", "storage")
MAX_LINES = 500


def _modules() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


def test_the_packages_have_modules():
    assert len(_modules()) > 100  # the glob finds the code, so the size check below checks something


@pytest.mark.parametrize("path", _modules(), ids=lambda path: str(path.relative_to(ROOT)))
def test_module_is_at_most_500_lines(path: Path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines: move a part into a module of its own"
