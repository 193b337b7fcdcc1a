"""The words an English number question names when the metric table knows none of them.

"What is Norland's unemployment rate?" and "How much did Pinewood Bank set aside for
impairments?" name no metric the table knows, so only the company constrained the answer,
and the first number of a sentence about the company answered: the benchmark interest rate,
the pretax profit. Such a question's own content words (unemployment, impairments) must be
in an English sentence that answers it (one of them: the others are often verbs put another way). A word like "rate" or "total" that any figure may
carry is not required, and a Chinese sentence is left to the qualifier rules (sides.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.answer.metrics import metric_spans
from summarizer.answer.names import Entity
from summarizer.answer.text import fold

__all__ = ["asked_words", "what_measure", "words_ok"]

_WORD_RE = re.compile(r"[a-z][a-z\-]+")
# Question words, auxiliaries, and words that any figure of a company may carry.
_NOT_ASKED = frozenset(
    """what which who whom whose when where why how much many is are was were be been being do does did done has
    have had will would can could should may might shall the an of in on at by for to from with into about as and or
    its their his her our your my it they them this that these those there than then so not no per
    company companies firm group business number amount total figure figures value level size rate rates
    year years quarter quarters month months week weeks day days first second third fourth fiscal annual annually
    quarterly monthly full half current latest last next new now today ago earlier later previous prior same
    january february march april may june july august september october november december
    get got make made reach reached report reported post posted say said expect expected see saw show showed
    currently approximately about around roughly stand stood according put out set aside take took give gave
    big large high low more less up down over under end ended ending""".split())


def asked_words(folded: str, entities: Sequence[Entity]) -> tuple[str, ...]:
    """The content words of an English question, its names, question words and generic words left out."""
    names = {w for e in entities for s in e.spellings() for w in _WORD_RE.findall(s.lower())}
    # "How much will X spend on buybacks?": what the money goes to is asked, not spending of any kind
    # (the capital-spending line does not answer it).
    spent_on = _SPENT_ON_RE.search(folded)
    verb = spent_on.group("verb") if spent_on else None
    words = [w for w in _WORD_RE.findall(folded) if w not in _NOT_ASKED and w not in names and w != verb]
    return tuple(dict.fromkeys(words))


# "What margin does Northgate expect?", "What revenue did Velmont report?", "What dividend will it pay?": a measure
# named between "what" and its verb asks its figure, as "how much" does (and as "What was Velmont's revenue?" does; read
# as a fact question it skipped the checks that keep a forecast from answering for a result). The one reading of that
# shape, for `question` (a number question, and a strict one) and `asked` (the words it asks): the measure is a listed
# measure word, or any measure the metric table knows before did/does/will/has.
_WHAT_MEASURE = re.compile(r"\bwhat\s+(?P<measure>[^?]{2,40}?)\s+(?P<verb>does|did|do|will|would|is|was|are|were|has|have|had)\b",
                           re.IGNORECASE)
_LISTED_MEASURE = re.compile(r"(?:(?:net interest|gross|operating|net|profit|pretax|dividend) )?(?:margin|dividend|payout"
                             r"|growth|return|yield|price|rate|revenue|sales|profit|income|loss|costs?)s?", re.IGNORECASE)


def what_measure(question: str) -> str | None:
    """The measure an English "what <measure> did/does/is …" question names, or None."""
    for match in _WHAT_MEASURE.finditer(question):
        measure = match.group("measure")
        # ("What premium is X paying?" asks what the premium is, a fact, though the table knows "premium".)
        if _LISTED_MEASURE.fullmatch(measure) or match.group("verb").lower() not in ("is", "was", "are", "were") \
                and metric_spans(fold(measure)):
            return measure
    return None


_SPENT_ON_RE = re.compile(r"\b(?P<verb>spend|spends|spent|spending|invest|invests|invested|investing|pay|pays|paid|paying)"
                          r"\s+(?:on|in|for)\s+(?:the\s+|its\s+|their\s+|a\s+|new\s+)*[a-z]")


# Words a sentence often uses for the question's word: any of them will do.
_SAME = tuple(frozenset(group.split()) for group in (
    "worth valuation valued valuing value",
    "job jobs position positions staff worker workers employee employees role roles layoff layoffs headcount workforce",
    "rise rose risen jump jumped gain gained climb climbed increase increased grow grew growth surge surged up higher",
    "fall fell fallen drop dropped decline declined slide slid slump slumped decrease decreased down lower",
    "cut cutting cuts eliminate eliminating shed shedding reduce reducing lay laying",
    "raise raised raising funding round",
    "share shares stock stocks",
    "sale sales revenue revenues",
    "cost costs expense expenses spending",
    "loss losses lost",
    "buyback buybacks repurchase repurchases repurchased repurchasing",
    "unemployment unemployed jobless",
))


def _variants(word: str) -> set[str]:
    found = {word}
    for group in _SAME:
        if word in group or _stem(word) in group:
            found |= group
    return found


def _stem(word: str) -> str:
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("es", ""), ("s", ""), ("ing", ""), ("ed", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + repl
    return word


def words_ok(words: Sequence[str], sentence: str) -> bool:
    """Does an English sentence name one of the asked words (in any inflection)? A question's
    other words are often verbs the sentence puts another way ("sold" for "deliveries"); a
    sentence that names none of them is about something else. A Chinese one is not judged here."""
    if not words or re.search(r"[\u3400-\u9fff]", sentence):
        return True
    lower = re.sub(r"\b(?:buy|buys|buying|bought)\s+back\b", "buyback", sentence.lower())  # "would buy back"
    for word in {v for w in words for v in _variants(w)}:
        stem = _stem(word)
        prefix = stem if len(stem) <= 4 else stem[: max(4, len(stem) - 2)]
        if re.search(rf"\b{re.escape(prefix)}" + (_SHORT_END if len(stem) <= 4 else ""), lower):
            return True
    return False


# A short stem is a whole word, in any inflection ("stor" of "stores": store, stores; "open": opened).
_SHORT_END = r"(?:e|s|es|ed|d|ing)?\b"
