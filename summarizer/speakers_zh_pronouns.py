"""他/她/其 before a Chinese speech verb: who the pronoun means (used by speakers_zh).

Two cues beyond "the person presented last": the pronoun's gender, once the text has called
someone 他 or 她 ("她表示" after a chairman spoke is the woman manager the text called 她
before), and a contrast ("李娜表示…。他则认为…": 则 sets him against the one who just spoke, so
he is not her; who he is, the text does not say for sure).
"""

from __future__ import annotations

import re

from summarizer.speakers import Context, Person, gender_of

_GENDER = {"他": "m", "她": "f"}


def pronoun_person(clause: str, pronoun: str, at: int, context: Context) -> Person | None:
    """The person `pronoun` (opening or closing `clause`, which starts at `at`) refers to, or None."""
    # (The clause as read has lost its 则; the text at `at` has it.)
    contrast = re.match(rf"\s*(?:而|但)?{pronoun}(?:则|却)|\s*而{pronoun}", context.text[at:at + 6]) is not None
    # With no one known as 她, the one presented: 他 and 她 are often mixed up in Chinese text.
    gender = _GENDER.get(pronoun) if clause in (pronoun, "在" + pronoun) or contrast else None
    if contrast and context.last_quote is not None:
        # "她则认为" right after he spoke: someone else, the nearest the text called 她 before;
        # unsure who when it called no one else so.
        spoke = context.last_quote[1].name
        known = [p for p in context.people + context.mentioned if p.kind != "org" and p.name != spoke
                 and gender is not None and p.gender == gender and 0 <= p.seen <= max(at, context.position)]
        return max(known, key=lambda p: p.seen) if known else None
    fallback = context.last(gender, at=at) or context.last(at=at)
    # ("她表示" with only 温先生 presented: him it cannot be; no one rather than the wrong one.)
    said = _GENDER.get(pronoun)
    return None if fallback is not None and said and gender_of(fallback.name) not in (None, said) else fallback


_OPENS_WITH_PRONOUN_RE = re.compile(r"\s*(?:而|但|不过，?)?([他她])(?![们的])")


def pronoun_subject(sentence: str, start: int, context: Context) -> None:
    """A sentence about 他/她 ("她则更为谨慎。") presents that person again: a 其 or 该人士 right
    after it means them, not whoever spoke last. Nothing changes when the pronoun is unsure."""
    m = _OPENS_WITH_PRONOUN_RE.match(sentence)
    if m is None:
        return
    at = start + m.start(1)
    person = pronoun_person(m.group(1), m.group(1), at, context)
    if person is not None and person.kind != "org":
        person.introduced = person.subject = person.seen = max(person.seen, at)
