"""他/她/其 before a Chinese speech verb: who the pronoun means (used by speakers_zh).

Two cues beyond "the person presented last": the pronoun's gender, once the text has called
someone 他 or 她 ("她表示" after a chairman spoke is the woman manager the text called 她
before), and a contrast ("李娜表示…。他则认为…": 则 sets him against the one who just spoke, so
he is not her; who he is, the text does not say for sure).
"""

from __future__ import annotations

import re

from summarizer.speakers import Context, Person, gender_of
from summarizer.speakers_zh_words import _ZH_TITLE_WORDS, ZH_SPEECH_RE

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
    if fallback is not None and _someone_else_spoke(context.text, fallback, at):
        return None
    # ("她表示" with only 温先生 presented: him it cannot be; no one rather than the wrong one.)
    said = _GENDER.get(pronoun)
    return None if fallback is not None and said and gender_of(fallback.name) not in (None, said) else fallback


# "首席经济学家明远表示": a title, then two or three characters jieba tagged as no name, then a
# speech verb. The speaker is there even though no name was found.
_TITLED_SPEAKER_RE = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(_ZH_TITLE_WORDS, key=len, reverse=True))) + r")(?P<who>[\u4e00-\u9fff]{2,3}?)"
    + r"(?=(?:表示|指出|认为|称|说|坦言|直言|透露|强调|预计)[：:，,“])")


def _someone_else_spoke(text: str, person: Person, at: int) -> bool:
    """Between where `person` was last seen and the pronoun, a titled speaker whose name was not
    recognised spoke ("…董莉娟解读称…。首席经济学家明远表示：“…”他预计…"): 他 is that speaker, not
    the one named before, so the pronoun stays unresolved rather than taking the wrong name."""
    if person.seen < 0 or person.seen >= at:
        return False
    for m in _TITLED_SPEAKER_RE.finditer(text, person.seen, at):
        who = m.group("who")
        if not (who in person.name or person.name.startswith(who[:2])) and not ZH_SPEECH_RE.match(who) \
                and not re.search(r"[的了着过在和与及等也都还又再就才将把被从向对跟称讲问答曾则亦即并而或是有为我他她们此时時会會上中后後前间間内內外里裡]", who):
            return True
    return False


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
