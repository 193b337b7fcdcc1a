"""Which rate a number is: the words right before "rate" (or ratio, yield) nearest before it. "What was the unemployment
rate?" is not answered by "the labor force participation rate edged down to 62.4%" nor by "a broader measure of
unemployment …, the U-6 rate, climbed to 7.9%": each names a rate of its own, though "unemployment" and "rate" are in
the sentence. A question that names its rate by a word the sentence puts another way (jobless for unemployment; policy,
benchmark, key or interest for a central bank's rate) is answered; a rate is a percentage (or points, or money: a day rate), never a count. Used by /ask only (`verify`), English only."""

from __future__ import annotations

import re

from summarizer.answer.metrics import metric_spans

from summarizer.answer.en_words import _variants

__all__ = ["asks_named_rate", "bare_rate_of_another_kind", "other_rate_named"]

_HEAD = r"(?:rate|ratio|yield)"
_ASKED = re.compile(rf"\b([a-z][\w-]*) {_HEAD}s?\b")
_NAMED = re.compile(rf"\b([A-Za-z0-9][\w-]*) {_HEAD}s?\b", re.IGNORECASE)
# Words that name one rate several ways, and words that name no particular rate.
_PERCENT = re.compile(r"[\d.,]+\s*(?:%|percent\b|per cent\b|percentage points?\b|basis points?\b|bps?\b)", re.IGNORECASE)
_SAME_RATE = frozenset("policy benchmark key interest base lending overnight main funds".split())
_NO_KIND = frozenset("the a an its their this that same growth annual annualized average".split())


def asks_named_rate(question: str) -> bool:
    """Does an English question ask a rate by its kind ("the jobless rate")? Its number is then checked."""
    asked = _ASKED.search(question)
    return bool(asked) and asked.group(1) not in _NO_KIND and not re.search(r"[\u3400-\u9fff]|\d", asked.group(0) + question)


def other_rate_named(question: str, sentence: str, at: int) -> bool:
    """Does the question ask a rate by a word (unemployment rate) and the number stand after another rate's words (the
    U-6 rate) in its sentence? `question` folded, `sentence` as written."""
    asked = _ASKED.search(question)
    if not asked or asked.group(1) in _NO_KIND:
        return False
    if re.search(r"\b(?:rate|yield)s?\b", asked.group(0)) and not re.search(r"\d", asked.group(1)) and not _PERCENT.match(
            sentence, at) and not re.search(r"[$€£¥]\s*$", sentence[max(0, at - 4):at + 1]):
        return True  # "What is the unemployment rate?" is not answered by "among 10 wealthy countries" (a day rate is money)
    named = list(_NAMED.finditer(sentence[:at]))
    if not named or re.search(r"[;.]\s", sentence[named[-1].end():at]):
        return False
    word = named[-1].group(1).lower()
    if word in _NO_KIND or re.search(r"\d", asked.group(1)):
        return False  # "CET1 ratio" is "common equity tier 1 ratio": a code is left to the rules of codes
    want = _variants(asked.group(1))
    if word in want or word in _SAME_RATE and want & _SAME_RATE:
        return False
    # Two spellings of one measure in the metric table name the same rate: "NPL ratio", "bad-loan ratio" and
    # "non-performing loan ratio".
    asked_metric = {k for *_, k in metric_spans(question)}
    named_metric = [k for a, b, k in metric_spans(sentence[:at].lower()) if b >= named[-1].end() - 1]
    return not (named_metric and named_metric[-1] in asked_metric)


# Kinds of rate that are never "the rate" a question about a central bank or a loan asks by the bare word.
_OTHER_KINDS = frozenset("unemployment jobless participation inflation mortgage exchange tax savings vacancy default "
                         "occupancy birth death crime tariff hiring quit quits u-6 u-3 growth".split())
_BARE_ASKED = re.compile(r"\bthe rates?\b", re.IGNORECASE)
_RATE_WORD = re.compile(r"\b([\w-]+)?\s*rates?\b", re.IGNORECASE)


def bare_rate_of_another_kind(question: str, sentence: str) -> bool:
    """Does a question ask "the rate" with no kind ("Where do officials see the rate at the end of 2027?") and the
    sentence name only rates of a kind of their own ("The unemployment rate is seen at 4.4% …")?"""
    if not _BARE_ASKED.search(question):
        return False
    kinds = [(m.group(1) or "").lower() for m in _RATE_WORD.finditer(sentence)]
    return bool(kinds) and all(kind in _OTHER_KINDS for kind in kinds)
