"""A "how long" question asks a duration: only a number of days, weeks, months or years answers it.

"How long is the festival?" is not answered by "800 meters of rope" nor by the festival's edition
("the 7th … Festival"); "the 53-day-long festival" answers it. Chinese asks 多久/多长时间 the same way.
"""

from __future__ import annotations

import re

__all__ = ["age_of_asked", "age_of_another", "age_owner", "subjects_age", "asks_age", "asks_duration", "duration_ok", "is_age"]

_ASKED = re.compile(r"\bhow long\b|多久|多长时间|多長時間|多少年|多少天|多少个月")
# The unit right after the number: "53-day", "18 months", "three years", "30天", "两个月".
_UNIT_AFTER = re.compile(r"\s*-?\s*(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b"
                         r"|\s*(?:个)?(?:天|日|周|星期|月|年|小时|分钟)", re.I)


def asks_duration(question: str) -> bool:
    return _ASKED.search(question) is not None


_AGE_ASKED = re.compile(r"\bhow old\b|\bwhat ages?\b|\bat what age\b|多大年纪|年纪多大|多少岁|几岁|年龄是?多少|年龄多大|岁数")
_AGE = re.compile(r"\s*-?\s*(?:years?[- ]old|岁)")
# From the number's start: the analysis may keep "55-year" as the figure, with "-old" after it.
_EN_AGE = re.compile(r"[\d.,]+\s*-?\s*years?[- ]old\b", re.I)
_ZH_AGE = re.compile(r"[\d.,]+\s*岁")
# "at age 54", "aged 61", "at the age of 40": the age is written before the number.
_AGE_BEFORE = re.compile(r"\b(?:at age|aged|ages? of|ages? between|ages)\s+(?:\d+\s*(?:and|to|-|–)\s*)?$", re.I)


def asks_age(question: str) -> bool:
    return _AGE_ASKED.search(question.lower()) is not None


def is_age(sentence: str, span: tuple[int, int], chinese: bool = False) -> bool:
    """Is the number at `span` an age written as one in English ("a 55-year-old man", "is 40 years old")?
    Such a number says how old someone is: it counts no deaths, cases or people. Chinese 岁 is left out unless
    `chinese` (an age is asked): "人均预期寿命78.2岁" is the value of what it names."""
    return bool(_EN_AGE.match(sentence, span[0]) or _AGE_BEFORE.search(sentence[max(0, span[0] - 12):span[0]])
                or chinese and _ZH_AGE.match(sentence, span[0]))


def duration_ok(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """For a duration asked, is the number at `span` one (its unit written with it or right after)?
    For an age asked ("How old is…"), only an age written as one ("41-year-old", "41岁")."""
    if _AGE_ASKED.search(question):
        return bool(_AGE.match(sentence, span[1]) or is_age(sentence, span) or _ZH_AGE.match(sentence, span[0]))
    if not asks_duration(question):
        return True
    number = sentence[span[0]:span[1]]
    return bool(_UNIT_AFTER.search(number) or _UNIT_AFTER.match(sentence, span[1]))


# "52-year-old Grace", "a 55-year-old man": the words right after an English age say whose it is.
_AGE_THEN_NAME = re.compile(r"[\d.,]+\s*-?\s*years?[- ]old\s+((?:[A-Z][\w'’-]+\s*){1,3})")
# "31岁的Heather Morgan和她34岁的丈夫Ilya": in Chinese the words after 岁的 say whose age it is.
_ZH_AGE_THEN_NAME = re.compile(r"[\d.,]+\s*岁的([^，,。；;、和与及]{1,24})")
# "Tom Reed, 36, of Dayton": an age set off by commas after a name.
_NAME_THEN_AGE = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s*$")


def age_owner(sentence: str, span: tuple[int, int]) -> str | None:
    """The name an age is written with, if any: "Grace" for "52-year-old Grace", "Tom Reed" for "Tom Reed, 36,",
    "丈夫Ilya Lichtenstein" for "34岁的丈夫Ilya Lichtenstein". None when an English age goes with a common noun
    ("the 93 year-old finishes", "a 55-year-old man")."""
    after = _AGE_THEN_NAME.match(sentence, span[0])
    if after:
        return after.group(1).strip()
    zh = _ZH_AGE_THEN_NAME.match(sentence, span[0])
    if zh:
        return zh.group(1).strip()
    if re.match(r"\s*,", sentence[span[1]:]):
        before = _NAME_THEN_AGE.search(sentence[:span[0]])
        if before:
            return before.group(1)
    return None


def age_of_asked(sentence: str, span: tuple[int, int], names: tuple[str, ...]) -> bool:
    """Is the age at `span` written with the asked person's name ("31岁的Heather Morgan")? Then it is theirs, even
    where the name follows the number (which elsewhere makes the name an object, not the owner)."""
    owner = age_owner(sentence, span)
    if owner is None or not names:
        return False
    words = {w.lower() for w in re.findall(r"[\w'’-]+", owner)}
    return any(all(w.lower() in words or w.lower() in owner.lower() for w in re.findall(r"[\w'’-]+", name))
               for name in names)


def _definite_age(sentence: str, span: tuple[int, int]) -> bool:
    return bool(_EN_AGE.match(sentence, span[0]) and re.search(r"\bthe\s+$", sentence[max(0, span[0] - 8):span[0]]))


def subjects_age(sentence: str, span: tuple[int, int], names: tuple[str, ...]) -> bool:
    """Is the age at `span` "the 93 year-old" of a sentence that opens with the asked person ("Zimbabwe President
    Robert Mugabe, his wife Grace … are insisting the 93 year-old finishes his term")? The definite "the N-year-old"
    points back to the sentence's subject."""
    if not _definite_age(sentence, span):
        return False
    if not names:
        return False
    whole = max(names, key=len).lower()  # "Mara Kell" is not "President Arden Kell"'s Kell
    return 0 <= sentence.lower().find(whole) < min(40, span[0])


def age_of_another(sentence: str, span: tuple[int, int], names: tuple[str, ...]) -> bool:
    """For "How old is Robert Mugabe?": is the age at `span` written with another person's name
    ("little public affection for 52-year-old Grace")? `names` are the asked person's spellings."""
    if not names:
        return False
    if _definite_age(sentence, span):
        return not subjects_age(sentence, span, names)  # "the 88 year-old" is the subject's age, no one else's
    owner = age_owner(sentence, span)
    if owner is None:
        return False
    written = owner.lower()
    return not any(word.lower() in written for name in names for word in re.findall(r"[\w'’-]+", name)
                   if len(word) >= 2)
