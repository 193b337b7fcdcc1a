"""literal_starts finds what re.finditer of the escaped word finds, without compiling a pattern."""

from __future__ import annotations

import re

import pytest

from summarizer.literal import literal_starts


@pytest.mark.parametrize(("needle", "text"), [
    ("宁德", "宁德时代与宁德市：宁德"),
    ("aa", "aaaaa"),  # not overlapping: 0 and 2
    ("a.b", "a.b axb a.b"),  # a regex character is only itself
    ("云", "没有"),
    ("营收", ""),
])
def test_the_same_starts_as_finditer(needle: str, text: str) -> None:
    assert list(literal_starts(needle, text)) == [m.start() for m in re.finditer(re.escape(needle), text)]

