"""A quote in the headline: "Veridane cuts risk by 21%; 'We will file next year,' CEO says", "甲公司董事长：“明年不降价”".

A wire headline often carries the story's strongest words, said by someone the body names in full; the body
may never repeat them (it reports the same thing indirectly), so the quotes list missed them. They are listed
when the headline's speaker is one the body quotes: a role ("CEO", "chief executive", 董事长) held by a quoted
person, or a quoted person's name or surname. A speaker the body never quotes ("company says", "sources say")
cannot be checked against the body and is left out, as are words the body already quotes. The quote takes the
sentence index of that person's first quote, so anything that reads a quote's sentence finds the speaker's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Quote

__all__ = ["with_headline_quote"]

# "'We will file next year,' CEO says", "\"Rain will come back,\" Solheim says"
_EN = re.compile(r"(?:^|[;:,\-–—]\s*|\s)['‘\"“](?P<words>[^'’\"”]{4,160}?)[,.!?]?['’\"”],?\s+(?P<who>(?:[A-Z][\w.'’\-]*|CEO|CFO)"
                 r"(?:\s[A-Za-z][\w.'’\-]*){0,3}?)\s+(?:says|said|warns|tells\s+\w+|vows|insists|admits)\s*$|"
                 r"(?:^|[;:\-–—]\s*)(?P<who2>[A-Z][\w.'’\-]*(?:\s[A-Za-z][\w.'’\-]*){0,3}?)\s+(?:says|said)\s*[:,]?\s*['‘\"“]"
                 r"(?P<words2>[^'’\"”]{4,160}?)[.!?]?['’\"”]\s*$")
# "甲公司董事长：“明年不降价”", "董事长王某称“…”"
_ZH = re.compile(r"(?:^|[，,；;\s])(?P<who>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:：|:|称|表示|说)\s?[“「](?P<words>[^”」]{4,80})[”」]")
_ROLES = {"ceo": ("chief executive", "ceo"), "chief executive": ("chief executive", "ceo"),
          "cfo": ("chief financial", "cfo", "finance chief"), "chairman": ("chairman", "chair"),
          "chairwoman": ("chairwoman", "chair"), "president": ("president",), "minister": ("minister",),
          "governor": ("governor",), "premier": ("premier",), "mayor": ("mayor",), "coach": ("coach",),
          "董事长": ("董事长",), "总经理": ("总经理",), "总裁": ("总裁",), "首席执行官": ("首席执行官", "ceo"),
          "行长": ("行长",), "发言人": ("发言人",)}


def _norm(text: str) -> str:
    return re.sub(r"[\s'‘’\"“”,.!?，。！？、…]", "", text).lower()


def _speaker_quote(who: str, quotes: Sequence[Quote]) -> Quote | None:
    """The first body quote of the person the headline names by `who`."""
    who = re.sub(r"^(?:the|a|an|its|his|her)\s+", "", who.strip(), flags=re.IGNORECASE)
    role = _ROLES.get(who.lower()) or next((v for k, v in _ROLES.items() if who.endswith(k)), None)
    for quote in quotes:
        if not quote.speaker:
            continue
        title = (quote.speaker_title or "").lower()
        if role and any(alias in title for alias in role):
            return quote
        if not role and (who == quote.speaker or who.split()[-1] == quote.speaker.split()[-1]
                         or len(who) >= 2 and re.search(r"[\u4e00-\u9fff]", who) and quote.speaker in who):
            return quote
    return None


def with_headline_quote(title: str | None, quotes: tuple[Quote, ...], lang: str) -> tuple[Quote, ...]:
    """`quotes` with the headline's quote first, when its speaker is one the body quotes."""
    if not title or not quotes:
        return quotes
    found = (_EN if lang == "en" else _ZH).search(title.strip())
    if found is None:
        return quotes
    words = found.group("words") or (found.groupdict().get("words2") or "")
    who = found.group("who") or (found.groupdict().get("who2") or "")
    if not words or not who or any(_norm(words) in _norm(q.text) for q in quotes):
        return quotes
    body = _speaker_quote(who, quotes)
    if body is None:
        return quotes
    return (replace(body, text=words.strip(), kind="direct", question=None),) + quotes
