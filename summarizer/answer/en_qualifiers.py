"""Kinds of a metric an English question names in ways the main qualifier reader does not see.

`asked._qualifier` reads the words between an owner (a possessive, an article, a name) and the
metric ("Dunmore's online sales"). Two other ways of narrowing a metric are common in questions:

- after the metric, a part of the company in an of/at/from phrase: "revenue of Pellworth's
  beverages unit", "sales at the snacks division" ask for that unit's figure, not the company's; and
  a group named last ("sales growth at the largest chains"), whose figure only a line naming it gives;
- right after an auxiliary, with no owner written: "How much did online sales rise?" asks
  for online sales, not for all sales;
- the thing a price is of: "What was the price of copper?" asks copper's price, and an IPO's "$25 a share" is no
  answer (read with no qualifier, any price passed).

Read as qualifiers, the cited figure must carry them, so the company's total does not answer.
"""

from __future__ import annotations

import re

__all__ = ["bare_qualifier", "priced_thing", "trailing_part"]

_PART_NOUNS = r"unit|division|segment|business|arm|group"
_TRAILING_PART = re.compile(
    rf"^\s+(?:of|at|from|in)\s+(?:the\s+|its\s+|their\s+)?(?:[^\s']+['’]s\s+)?"
    rf"(?P<words>(?:[a-z][a-z\-]+\s+){{0,2}}?[a-z][a-z\-]+)\s+(?:{_PART_NOUNS})s?\b")
_AUXILIARY = re.compile(r"\b(?:did|do|does|were|was|are|is|have|has|had)\s+(?P<word>[a-z][a-z\-]+)\s+$")
_METRIC_NOUN = re.compile(r"(?:[a-z\- ]+ )?(?:sales|revenues?|income|profits?|earnings|margins?|orders|bookings"
                          r"|shipments|deliveries|exports|imports|spending|output|production|prices?)")
# Words that follow an auxiliary but narrow nothing: a verb, a pronoun, an article, a total.
_NOT_KINDS = frozenset(
    """the a an its their his her our this that these those it they we you total overall annual quarterly monthly
    yearly net gross full whole same all company's companies group's firm's bank's""".split())


# "sales growth at the largest chains", "margins among independent stores": the group the metric is of, last in
# the question; the cited figure must be that group's, not the sentence's first subject's nor another text's.
_TRAILING_GROUP = re.compile(r"^(?:\s+(?:growth|gains?|rises?|increases?|declines?|drops?|falls?|changes?))?\s+(?:at|among)\s+(?:the\s+)?(?P<words>(?:[a-z][a-z\-]+\s+){0,2}[a-z][a-z\-]+s)\s*[?.!]?\s*$")


def trailing_part(folded: str, metric_end: int, not_words: frozenset[str]) -> str | None:
    """The unit named after the metric ("revenue of X's beverages unit" -> "beverages"), or the group last in
    the question ("sales growth at the largest chains" -> "largest chains")."""
    found = _TRAILING_PART.match(folded[metric_end:]) or _TRAILING_GROUP.match(folded[metric_end:])
    if found is None:
        return None
    words = found.group("words")
    if any(w in not_words for w in words.split()):
        return None
    return words


def bare_qualifier(folded: str, metric: tuple[int, int], names: list[str]) -> str | None:
    """One word between an auxiliary and a metric noun ("did online sales rise" -> "online"),
    unless it is a name, a pronoun or a verb's form; before a verb ("were growers paid") the
    word is who acted, not a kind of the metric."""
    found = _AUXILIARY.search(folded[:metric[0]])
    if found is None or not _METRIC_NOUN.fullmatch(folded[metric[0]:metric[1]]):
        return None
    word = found.group("word")
    if word in _NOT_KINDS or word in names or word.endswith("ed") or re.search(r"quarter|half|year|month", word):
        return None
    return word


_PRICE_OF = re.compile(r"^\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<words>(?:[a-z][a-z\-]+\s+)?[a-z][a-z\-]+)"
                       r"\s*(?:[?.!]|$|\s+(?:in|on|at|last|this|today|now|per|a|an|was|is|were)\b)")


def priced_thing(folded: str, metric: tuple[int, int], not_words: frozenset[str], names: list[str]) -> str | None:
    """The thing a price asked is of ("the price of copper" -> "copper"), unless it is a name or a filler word."""
    if not re.fullmatch(r"(?:[a-z\- ]+ )?prices?", folded[metric[0]:metric[1]]):
        return None
    found = _PRICE_OF.match(folded[metric[1]:])
    if found is None:
        return None
    words = found.group("words")
    if any(w in not_words or w in names or w in _NOT_KINDS for w in words.split()):
        return None
    return words
