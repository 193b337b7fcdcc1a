"""What `/summary ARGS` asks for: a length, a history number, a link or a text, or two of them.

Pure parsing, shared by Telegram and the console through `bot.core.commands`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.web.urls import looks_like_link


@dataclass(frozen=True, slots=True)
class SummaryArgs:
    """What `/summary ARGS` asks for: new input, a length, or a history number."""

    payload: str | None = None  # a link or a text to ingest
    length: int | None = None
    history_number: int | None = None


_HISTORY_REF = re.compile(r"^[#＃]\s*(\d+)$")  # ＃: a Chinese input method's full-width #
# A length as typed: "5", "５", and as Chinese readers write it, "5句", "五", "五句", "十句话".
_LENGTH = re.compile(r"^(?:\d+|[一二两三四五六七八九十]{1,3})(?:句话?|句話)?$")
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# No history is this long: a bigger #N is unknown without asking the database.
MAX_HISTORY_NUMBER = 1_000_000
# A /summary text without a link shorter than this is no article ("/summary abc").
MIN_SUMMARY_TEXT_CHARS = 20


def parse_summary_args(args: str) -> SummaryArgs:
    """`/summary 5`, `/summary #3`, `/summary #3 5`, or `/summary <link or text>`."""
    args = args.strip()
    if not args:
        return SummaryArgs()
    words = args.split()
    refs = [w for w in words if _HISTORY_REF.match(w)]
    if len(words) == 2 and (len(refs) == 2 or (not refs and all(_LENGTH.match(w) for w in words))):
        return SummaryArgs(payload=args)  # "#1 #2", "3 5": two of one kind is no request (usage)
    if len(words) <= 2 and all(_HISTORY_REF.match(w) or _LENGTH.match(w) for w in words):
        number = length = None
        for word in words:
            ref = _HISTORY_REF.match(word)
            if ref:
                number = _bounded_int(ref.group(1))
            else:
                length = _length(word)  # any size: out of range is answered, not summarized
        return SummaryArgs(length=length, history_number=number)
    # A length with the input, as `-n N` on the command line: "5 https://…", "https://… 5", and
    # "5⏎text" (a number in front of text on one line may be the text's own: "10 banks said…").
    counts = [w for w in words if _LENGTH.match(w)]
    link = next((w for w in words if looks_like_link(w)), None)
    if len(words) == 2 and len(counts) == 1 and link is not None:
        return SummaryArgs(payload=link, length=_length(counts[0]))
    first, _, text = args.partition("\n")
    if _LENGTH.match(first.strip()) and text.strip():
        return SummaryArgs(payload=text.strip(), length=_length(first.strip()))
    return SummaryArgs(payload=args)


def _length(word: str) -> int:
    """A word `_LENGTH` matched as a number: "5", "5句", "五句", "十二" (a Chinese numeral
    of one to three characters: 十, 十二, 二十, 二十五)."""
    number = word.rstrip("句话話")
    if number.isdigit():
        return _bounded_int(number)
    tens, _, ones = number.rpartition("十")
    if "十" not in number:
        return _ZH_DIGITS.get(number, 10**30) if len(number) == 1 else 10**30
    value = (_ZH_DIGITS.get(tens, 10**30) if tens else 1) * 10
    return value + (_ZH_DIGITS.get(ones, 10**30) if ones else 0)


def _bounded_int(digits: str) -> int:
    """The number, or a stand-in over every limit for one too long for `int` to parse
    quickly (Python refuses more than 4,300 digits)."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= 30 else 10**30


def is_link_word(text: str) -> bool:
    """One word that is meant as a link, though no http(s) link was found in it
    ("ftp://x", "javascript:…"): `summarize` tells the reader why it cannot be read."""
    word = text.strip()
    return bool(word) and not any(ch.isspace() for ch in word) and looks_like_link(word)


def is_summary_text(payload: str) -> bool:
    """Could `/summary PAYLOAD` (no link found in it) be an article, or a link we must
    refuse by name? "abc", "#x" or a stray word are a usage mistake, not a text."""
    text = payload.strip()
    if looks_like_link(text):
        return True
    return len("".join(text.split())) >= MIN_SUMMARY_TEXT_CHARS
