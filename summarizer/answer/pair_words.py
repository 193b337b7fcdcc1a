"""A word inside a pair word is not that word there: "进出口" holds "出口", but its 3.76万亿元 and its 1.4% are
both flows together, never the exports a reader asks about ("11月出口同比增长多少" was answered with 进出口's 1.4%).
Kept apart from `names` so that module stays small; a pure function of folded text."""

from __future__ import annotations

import re

__all__ = ["chinese_name_pattern", "has_chinese_name", "pair_rivals"]

# A word and the character that, written before it, makes the pair word naming both sides.
_PAIR_HEADS = {"出口": "进"}


def chinese_name_pattern(name: str) -> str:
    """A regular expression finding a Chinese name where it is itself, not the tail of a pair word."""
    heads = "".join(head for word, head in _PAIR_HEADS.items() if name.startswith(word))
    return (f"(?<![{heads}])" if heads else "") + re.escape(name)


def has_chinese_name(text: str, name: str) -> bool:
    if name not in text:
        return False
    return not any(name.startswith(word) for word in _PAIR_HEADS) or re.search(chinese_name_pattern(name), text) is not None


def pair_rivals(folded: str, spellings: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The pair words holding an asked name ("进出口" for 出口): each a subject that is not the one asked."""
    found = []
    for word, head in _PAIR_HEADS.items():
        if any(spelling.startswith(word) for spelling in spellings) and not any(head + word in s for s in spellings):
            found += [(m.start(), m.end(), m.group()) for m in re.finditer(re.escape(head + word), folded)]
    return found
