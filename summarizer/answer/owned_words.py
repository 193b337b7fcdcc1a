"""What an English question names after an owner's possessive, when the metric table knows none of it.

"What was Harlow Mutual's motor combined ratio?" and "What did Kepler's credit fund return?" name a
measure the table does not know (a combined ratio, a fund's return) and narrow it in the same noun
phrase (motor, credit fund). `en_words` asks only that one of the question's words be in the sentence,
so "its combined ratio improved to 93.1%" answered for the motor line, and the flagship fund's return
answered for the credit fund. Every word of the phrase after the possessive must be named in the
clause of the number instead; a word is named in any inflection or by a word of the same sense.
"""

from __future__ import annotations

import re

from summarizer.answer.en_words import _NOT_ASKED, _SHORT_END, _stem, _variants

__all__ = ["owned_words", "owned_words_named"]

_CJK = re.compile(r"[\u3400-\u9fff]")
# Where the owner's noun phrase ends: a preposition, an auxiliary, or a verb the question asks about.
_STOP = frozenset(
    """in for during at on of from over since under by to with as than last this next that
    is are was were be been do does did have has had will would
    return returns returned rise rose fall fell gain gained lose lost grow grew perform performed come came
    stand stood reach reached increase increased decrease decreased climb climbed drop dropped jump jumped""".split())
_PERIODISH = re.compile(r"^(?:\d{1,4}|q[1-4]|h[12]|[1-4]q|fy\d*|\w+-(?:quarter|half|year|month)|\w*(?:quarter|month|year)s?)$")
_OWNER = re.compile(r"['’]s\s+")
# Words of the phrase that narrow nothing.
_NEUTRAL = frozenset("total overall comparable reported underlying".split())


def owned_words(question: str) -> tuple[str, ...]:
    """The narrowing words of the noun phrase after the question's last possessive ("motor", "combined",
    "ratio"); none when the question has no possessive."""
    owners = list(_OWNER.finditer(question))
    if not owners:
        return ()
    words: list[str] = []
    for word in re.findall(r"[a-z][a-z0-9\-]*|\S", question[owners[-1].end():]):
        if word in _STOP or not re.match(r"[a-z0-9]", word) or len(words) == 4:
            break
        words.append(word)
    return tuple(w for w in words if w not in _NOT_ASKED and _stem(w) not in _NOT_ASKED and w not in _NEUTRAL
                 and not _PERIODISH.match(w) and len(w) > 2)


def _named(word: str, text: str) -> bool:
    for variant in _variants(word):
        stem = _stem(variant)
        prefix = stem if len(stem) <= 4 else stem[: max(4, len(stem) - 2)]
        if re.search(rf"\b{re.escape(prefix)}" + (_SHORT_END if len(stem) <= 4 else ""), text):
            return True
    return False


# The owner after a preposition: "the load factor on Skyvale's Asia-Pacific routes" narrows where, not what.
_SCOPE_OWNER = re.compile(r"\b(?:on|in|at|for|across|from)\s+(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+)?['’]s\s+[^'’]*$")


def owned_words_named(question: str, metric: str | None, clause: str, before: str = "") -> bool:
    """Does the English clause holding the number name every word the question's owner phrase narrows
    an unknown measure by? A known metric is left to `qualifiers.modifiers_named`; Chinese to its own rules.
    An owner phrase after a preposition is the measure's scope ("on Skyvale's Asia-Pacific routes"): the statement
    may name it before the number's clause ("traffic on Asia-Pacific routes jumped 12.8%, with a load factor of
    87.1%"), in `before` (the sentence up to the number), as well as in the clause."""
    if metric is not None or _CJK.search(question) or _CJK.search(clause):
        return True
    owners = list(_OWNER.finditer(question))
    scope = owners and _SCOPE_OWNER.search(question[:owners[-1].end()] + "x")
    lower = (f"{before} {clause}" if scope else clause).lower()
    return all(_named(word, lower) for word in owned_words(question))
