"""`Constraints`: what a question requires of its answer (the entity, the period, the metric and the
other marks of what it asks), as `asked.parse_constraints` reads them. Kept apart and low, so the
result types (`results`) and the check modules take the type without importing the parser or the checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.answer.asked_words_en import asks_doer
from summarizer.answer.case_status import asks_status
from summarizer.answer.classifiers import asks_kind_of_number, asks_money, asks_points
from summarizer.answer.days import asked_day
from summarizer.answer.durations import asks_age, asks_duration
from summarizer.answer.metrics import METRIC_LABEL as _METRIC_LABEL
from summarizer.answer.names import Entity
from summarizer.answer.periods import Period
from summarizer.answer.rate_heads_en import asks_named_rate
from summarizer.answer.tenors import asks_tenor

__all__ = ["Constraints"]


@dataclass(frozen=True, slots=True)
class Constraints:
    entities: tuple[Entity, ...] = ()
    period: Period = field(default_factory=Period)
    metric: str | None = None
    question: str = ""  # folded: a name the question itself uses never owns a rival's number
    # A word that narrows the metric ("粗钢产量", "online sales"): the metric nearest before
    # the cited number must carry it, so 生铁产量 or comparable sales do not answer.
    qualifier: str | None = None
    # The change asked for ("增长多少", "how much did … grow") and its basis: "yoy" for
    # 同比/year over year, "seq" for 环比/quarter on quarter (see `changes`).
    change: bool = False
    basis: str | None = None
    # The part of the company asked about ("奶粉业务" in "青禾乳业奶粉业务毛利率"); without
    # one, a segment's figure does not answer for the whole company (see `scope`).
    part: str | None = None
    ratio: bool = False  # a share is asked ("占比", "what share of"): only a percentage answers
    # A measure the metric table does not know ("货邮运输量", "第二产业用电量", "客座率"): its head
    # word (运输量, 用电量) must be named before the number, and the words before it (货邮,
    # 第二产业) must narrow that mention, so 旅客运输量 or 全社会用电量 does not answer.
    head: str | None = None
    head_qualifier: str | None = None
    # A role whose words are asked for ("董事长对业绩说了什么", "What did the CEO say"): its
    # spellings; a statement by the company or by someone else does not answer.
    role: tuple[str, ...] = ()
    # A role whose holder is asked for ("Who is Brightwater's CFO?", "澜途智驾的CEO是谁"): the cited
    # sentence itself must name it, so a sentence about the new chief executive does not name the CFO.
    holder: tuple[str, ...] = ()
    # A funding round named ("B轮融资", "Series C"): a sentence about another round does not answer.
    funding_round: str | None = None
    # What an English "how many" question counts ("How many smartphones did Xiaomi ship?"): asked of a
    # Chinese sentence, the count must be of that thing (手机), not of the cars it delivered.
    counted: str | None = None
    # The content words of an English number question whose metric the table does not know
    # ("unemployment" in "What is Norland's unemployment rate?"): see `en_words`.
    words: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        # An age or a duration asked with nothing else ("How old is the man diagnosed with plague?") still has
        # its number checked: else the best-ranked sentence answers with whatever number it holds. So does
        # whose count is asked ("How many people died?" is not answered by "28 people … were quarantined").
        # So does a measure the metric table does not know ("新增专项债额度是多少" is not answered by 1400多亿元留抵退税).
        # So does a head count or a sum asked by its deed ("多少名投资者获赔" is not answered by 412万元).
        # So does a change asked with nothing else ("这次降准降了多少？" is not answered by the level after the cut).
        return bool(self.entities or self.period or self.metric or self.basis or self.head or self.change
                    or asks_age(self.question) or asks_duration(self.question) or asks_status(self.question)
                    or asked_day(self.question) is not None or asks_points(self.question)
                    or asks_money(self.question) or asks_kind_of_number(self.question) or asks_tenor(self.question)
                    or asks_named_rate(self.question) or asks_doer(self.question))  # the U-6 rate; "…did retail lose?"

    def metric_label(self, lang: str) -> str:
        if self.metric is None and self.head:
            return (self.head_qualifier or "") + self.head
        if self.metric == "sales":
            return "销售" if lang == "zh" else "sales"
        return _METRIC_LABEL[lang].get(self.metric or "", self.metric or "")

