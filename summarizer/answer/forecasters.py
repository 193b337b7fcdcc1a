"""Who forecasts, when a Chinese question opens with it: "券商预计星衡科技2025年净利润是多少",
"王蕾预计全年出货量增长多少", or gives a target ("富瑞给华虹的目标价是多少").

The words before 预计 name the forecaster, not the thing whose figure is asked: read as the question's
subject, "券商预计星衡科技" is no name at all and 王蕾 is a person with no figures of her own, so the
question was refused although the text answers it. Split off, the forecaster becomes a role the cited
sentence (or the one just before it, where "她预计" speaks on) must name, and the subject is read from
the rest. A company before 预计 ("联创积电预计第四季度营收") is its own forecaster and stays the subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.answer.text import pos_cut

__all__ = ["Forecaster", "forecaster"]

# Words for a forecaster that is no one name; the sentence must carry one of them.
_GENERIC = ("券商", "机构", "分析师", "研究机构", "研报")
_GENERIC_RE = re.compile(r"^(?:多家|多位|部分|有|一些|不少|各大)?(券商|机构|分析师|研究机构|研报)(?:们)?"
                         r"(?:普遍|一致|均)?(?:预计|预测|预期|预估)")
# A broker who gives a target price or a rating: "富瑞给华虹的目标价", "中金给予星衡科技的评级".
_GIVES_RE = re.compile(r"^([\u4e00-\u9fffa-z]{2,8}?)(?:给予|给出|给)(?=[\u4e00-\u9fffa-z0-9]{2,16}?的?(?:目标价|评级))")
# A securities firm forecasting another company's figure: "长衡证券预计锐阳新能源2027年归母净利润是多少" (not its own figure:
# the rest opens on a name, not on a period or a measure).
_BROKER_RE = re.compile(r"^([\u4e00-\u9fff]{2,6}?(?:证券|研究所|研究院|期货))(?:预计|预测|预期|预估)"
                        r"(?![\d一二三四五六七八九十今明去上下全本其该公司]|年|季|月|营|净|收|每)(?=[\u4e00-\u9fffa-z]{2})")
_PERSON_RE = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:预计|预测|预期|预估)(?=.{3,})")


@dataclass(frozen=True, slots=True)
class Forecaster:
    role: tuple[str, ...]  # what the cited sentence or the one before must name
    end: int  # where the rest of the question starts


def forecaster(folded: str) -> Forecaster | None:
    """The forecaster a question opens with (a kind of analyst, or a person's name), if any."""
    generic = _GENERIC_RE.match(folded)
    if generic:
        return Forecaster(_GENERIC, generic.end())
    gives = _GIVES_RE.match(folded)
    if gives:  # "富瑞给华虹的目标价是多少": 富瑞 sets the price, 华虹 is its subject
        return Forecaster((gives.group(1),), gives.end())
    broker = _BROKER_RE.match(folded)
    if broker:
        return Forecaster((broker.group(1),), broker.end())
    person = _PERSON_RE.match(folded)
    if person is None:
        return None
    words = list(pos_cut(person.group(1)))
    # Only a person's name (jieba's nr) is a forecaster: a company forecasting its own figure is the subject.
    if len(words) == 1 and words[0].flag == "nr":
        return Forecaster((person.group(1),), person.end())
    return None
