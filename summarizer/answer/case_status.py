"""Which cases a count is of: 确诊 is not 治愈, 新增 (new today) is not 累计 (in all), 一审 is not 二审.

"法国累计治愈病例是多少" was answered by "法国累计新冠确诊病例超过1473万例", and "累计死亡病例" was highlighted
at "新增死亡病例289例" in a sentence that also says "累计死亡超过12.7万例". A count of cases, patients or people
is named by a status (确诊, 治愈, 死亡 …) and by a span (新增, 累计, 现有): when the question names one on an axis, a
number whose own clause names another on that axis, and not the one asked, is not its value.

English names the same statuses with verbs: "How many people died?" is not answered by "28 people … were
quarantined" (each spelling is read as its status: died, deaths, killed and dead are one).
"""

from __future__ import annotations

import re

__all__ = ["asks_status", "place_asked", "status_ok", "status_ok_en"]

# Each axis: the words that name a value on it (the simplified spellings; traditional ones fold to these).
_AXES = (
    re.compile(r"确诊|治愈|出院|康复|死亡|病亡|重症|危重|疑似|无症状|隔离|住院|接种|感染"),
    re.compile(r"新增|累计|现有|现存|单日"),
    # A lawsuit's stage: the first instance's award does not answer for the appeal's ("二审判赔多少").
    re.compile(r"一审|二审|再审|终审"),
)
# English statuses, each spelling read as its status.
_STATUS_EN = (
    # "after two people there were diagnosed with the pneumonic plague" counts no deaths.
    ("diagnosed", re.compile(r"\b(?:diagnos\w*|tested positive|infected|infections?)\b", re.IGNORECASE)),
    ("death", re.compile(r"\b(?:die[ds]?|dying|deaths?|dead|killed|kills?|fatalit(?:y|ies)|lives lost)\b", re.IGNORECASE)),
    ("isolated", re.compile(r"\b(?:quarantin\w*|isolat\w*|self-isolat\w*)\b", re.IGNORECASE)),
    ("recovered", re.compile(r"\b(?:recover\w*|discharged|cured)\b", re.IGNORECASE)),
    ("hospital", re.compile(r"\b(?:hospitali[sz]\w*|admitted)\b", re.IGNORECASE)),
    ("injured", re.compile(r"\b(?:injur\w*|wounded|hurt)\b", re.IGNORECASE)),
    ("vaccinated", re.compile(r"\b(?:vaccinat\w*|inoculat\w*|jabs?)\b", re.IGNORECASE)),
    ("evacuated", re.compile(r"\b(?:evacuat\w*|displaced|rescued)\b", re.IGNORECASE)),
)
# Where the cases come from: a total ("新增确诊病例29例") is not the local cases asked ("新增本土病例多少例"), so
# an origin asked must be named with the number, in its clause or the statement before it.
_ORIGIN = re.compile(r"本土|本地|境外输入|输入|境外")
_ORIGIN_OF = {"本地": "本土", "境外输入": "输入", "境外": "输入"}
_CLAUSE_BEFORE_EN = re.compile(r"[,;:]\s")
_CLAUSE_AFTER_EN = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|although)\s|\.\s")
_CLAUSE_END = re.compile(r"[，,；;。：:、]")
_STATEMENT_END = re.compile(r"[；;。]")
_TIME_AFTER = re.compile(r"[\d.,]+\s*(?:个)?(?:小时|天|日|周|星期|月|年)")


def asks_status(question: str) -> bool:
    """The question names whose count it wants (died, quarantined, 确诊, 治愈 …)."""
    return bool(_statuses_en(question)) or any(axis.search(question) for axis in _AXES[:1])


def _statuses_en(text: str) -> set[str]:
    return {status for status, pattern in _STATUS_EN if pattern.search(text)}


def status_ok_en(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """The English reading of `status_ok`: the clause around the number ("28 people who had close contact
    with him were quarantined") names a status, and not the one the question asks."""
    asked = _statuses_en(question)
    if not asked:
        return True
    # From the clause the number opens to the next joined clause: "No deaths were reported, and 6 children were
    # admitted" counts the admitted; "28 people, who had close contact, were quarantined" the quarantined.
    clause = _CLAUSE_BEFORE_EN.split(sentence[:span[0]])[-1] + _CLAUSE_AFTER_EN.split(sentence[span[0]:])[0]
    named = _statuses_en(clause)
    return not named or bool(named & asked)


def status_ok(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """Does the number at `span` name, in its own clause, no status other than the one asked?"""
    # The clause up to the number, and its unit after it ("289例"), never the next clause.
    clause = _CLAUSE_END.split(sentence[:span[0]])[-1] + _CLAUSE_END.split(sentence[span[0]:span[1] + 4])[0]
    if any(axis.search(question) for axis in _AXES) and _TIME_AFTER.match(sentence, span[0]):
        return False  # "过去24小时新增…": the window counted over, not a count of cases
    for axis in _AXES:
        asked = set(axis.findall(question))
        if not asked:
            continue
        # "新增确诊病例超过46万例，达464769例": a clause naming none is the statement's.
        named = set(axis.findall(clause)) or set(axis.findall(_STATEMENT_END.split(sentence[:span[0]])[-1]))
        if named and not named & asked:
            return False
    place = place_asked(question)
    if place and place not in _STATEMENT_END.split(sentence[:span[0]])[-1]:
        return False  # "天津本土病例多少例" is not the total "本土病例9例（广东6例…": the place is named before its count
    asked = {_ORIGIN_OF.get(o, o) for o in _ORIGIN.findall(question)}
    if asked:
        named = {_ORIGIN_OF.get(o, o) for o in _ORIGIN.findall(clause)
                 or _ORIGIN.findall(_STATEMENT_END.split(sentence[:span[0]])[-1])}
        return bool(named & asked)
    return True


# The place a count of cases is asked for ("2月4日广东本土病例多少例"): the words before its origin or status, after the day.
_PLACE_ASKED = re.compile(r"^([\u4e00-\u9fff]{2,6}?)(?:新增|累计|现有)?(?:本土|本地|境外输入|输入|确诊|无症状)")
_DAY = re.compile(r"^\s*(?:\d{4}\s*年)?\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*日)?(?:\s*0?\s*[—-]\s*24\s*时)?\s*")
_CASES_ASKED = re.compile(r"病例|(?:多少|几)例|确诊|感染者|患者")
# Words that make what stands before the status no place's name ("发现的无症状感染者", "报告的确诊病例").
_NOT_A_NAME = re.compile(r"[的了在为是有]|发现|报告|出现|检出")
_NO_PLACE = re.compile(r"^(?:新增|累计|现有|全国|国内|境内|当日|今日|昨日|当天|本轮|其中|目前|共|共有)$")


def place_asked(question: str) -> str | None:
    """"广东" of "2月4日广东本土病例多少例"; None for "2月4日新增本土病例多少例" (no place: the whole count)."""
    if not _CASES_ASKED.search(question):
        return None  # "美团核心本地商业经营利润": 本地 names a business there, not where cases come from
    found = _PLACE_ASKED.match(_DAY.sub("", question))
    if found is None or _NO_PLACE.match(found.group(1)) or _NOT_A_NAME.search(found.group(1)):
        return None
    return found.group(1)

