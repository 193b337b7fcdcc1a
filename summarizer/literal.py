"""Where a literal word occurs in a text, without a regular expression made for it.

`re.finditer(re.escape(word), text)` compiles one pattern per keyword or name, each a new entry
in `re`'s cache of 512: on every text they pushed the summarizer's own fixed patterns (some 600,
written inline) out of it, and a tenth of the analysis time went to compiling them again.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["literal_starts"]


def literal_starts(needle: str, text: str) -> Iterator[int]:
    """The starts of `needle` in `text`, left to right and not overlapping (as `re.finditer`
    of the escaped word finds them); none for an empty needle."""
    start = text.find(needle) if needle else -1
    while start >= 0:
        yield start
        start = text.find(needle, start + len(needle))
