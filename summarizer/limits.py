"""The summarizer's input limit and engine names, in a module of their own: the command
line checks a file's size and its --engine choice before it loads the pipeline (numpy,
scipy, jieba), so a refused input is refused at once."""

from __future__ import annotations

__all__ = ["ENGINES", "MAX_CHARS"]

# The longest text analysed, in characters.
MAX_CHARS = 200_000
# "classic" is the fast engine with the news improvements off (plain TextRank).
ENGINES = ("fast", "classic", "textrank4zh")
