"""What an English "how much X did Y <verb>" question names must be in the sentence that answers it. "How much gold
did Kessock produce?" is not answered by "Kessock produced 48,900 tonnes of copper", though Kessock and the verb are
there; "How many jobs did mining add?" (a sector, no company) is not answered by the 143,000 all employers added. The
thing counted (gold) is checked when the question names no listed measure (a measure is checked by its own rules:
"profit" is answered by net income); the doer (mining) when the question names no company or place to check instead.
Used by /ask only (`verify`)."""

from __future__ import annotations

import re

from summarizer.answer.rate_heads_en import other_rate_named  # re-exported: the other English word check of `verify`

__all__ = ["HOW_MUCH_DID", "a_doer", "asked_word_missing", "asks_doer", "other_rate_named"]

# The doer is the words between the auxiliary and the last verb; what follows the verb is a when or a where.
HOW_MUCH_DID = re.compile(r"^how (?:much|many) (?P<goods>[a-z][a-z\-]*(?: [a-z][a-z\-]*){0,2}?) (?:did|does|do|will|would|has|have"
                  r"|had|could|can) (?P<doer>[a-z][a-z.\-]*(?: [a-z][a-z.\-]*){0,3}?) (?P<verb>[a-z]+)"
                  r"(?: (?:in|on|at|from|during|for|this|last|over|by|to|per|so|since|through|between|under|after|before"
                  r"|with|each|every|a|the)\b[^?]*)?\s*\??$")
# Words that name no thing of their own: money, and the pronouns and stand-ins of a doer.
_NOT_GOODS = frozenset("money cash profit profits revenue revenues sales income earnings debt more less".split())
# Verbs of having, not of doing: their subject is what holds the thing counted.
_HAVING = frozenset("have has contain contains hold holds include includes cost costs weigh weighs need needs take takes "
                    "get gets own owns mean means require requires use uses".split())
_NOT_DOER = re.compile(r"^(?:the |its |their )?(?:it|they|he|she|we|you|i|company|firm|group|bank|government|people"
                       r"|economy|country|market|investors|analysts|economists)$")


def asked_word_missing(question: str, sentence: str, measure_asked: bool, named: bool) -> bool:
    """Does the sentence leave out the thing the question counts (when no measure is asked) or its doer (when no
    name is asked)? Both folded; a plural or singular of the word counts as written."""
    found = HOW_MUCH_DID.match(question.strip())
    if not found:
        return False
    lower = sentence.lower()
    goods = re.sub(r"^(?:in|of|worth of) ", "", found.group("goods"))  # "How much in synergies does…"
    if not measure_asked and goods not in _NOT_GOODS and not _written(goods, lower):
        return True
    doer = found.group("doer")
    return not named and a_doer(found) and not _written(doer, lower)


def a_doer(found: re.Match[str]) -> bool:
    """Is the question's subject one that did something ("did mining add"), not one that has something ("does a
    tablespoon of salsa have"), nor a pronoun or a stand-in?"""
    return not _NOT_DOER.match(found.group("doer")) and found.group("verb") not in _HAVING


def asks_doer(question: str) -> bool:
    """Does an English question name who did what it counts ("How many jobs did retail lose?")? Its answer is checked."""
    found = HOW_MUCH_DID.match(question.strip())
    return bool(found) and a_doer(found)


def _written(words: str, sentence: str) -> bool:
    stem = words[:-1] if words.endswith("s") and len(words) > 3 else words
    return re.search(rf"\b{re.escape(stem)}", sentence) is not None
