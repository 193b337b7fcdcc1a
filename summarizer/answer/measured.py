"""What a number measures, read from the words written with it: the thing it counts (例, 辆, 家), the dimension it
measures (宽, 落差, 海拔), and whether it is a level or a move. A number of another kind is never the answer, even in
a sentence that covers the question's words.

Classes found by the nineteenth blind round, each a wrong figure shown:

- "2月3日新增本土病例多少例" was answered by the 31 of "31个省…报告新增确诊病例29例": a question counting by a
  measure word (例) is not answered by a number counted by another (个) unless one is the other's kind (人/名/例);
- "高崖落差多少米" was answered by the 2 of "一个宽约2米左右的冰洞": a dimension asked (落差) is not answered by a
  number its own words give another dimension (宽);
- "北京君正2021年销售费用是多少" was answered by "管理费用率3.03%": an amount asked (费用, 人口, 支出) is never a
  percentage or a per-mille rate, whatever the words around it;
- (twentieth round) "贾玲现在体重多少斤" was answered by a BMI range written with no unit (a unit asked needs its kind);
  "育龄妇女有多少人" was answered by the 10 of "10年推迟约2岁" (a span of time counts no one), and
  "这些账号卖了多少钱" by "410万条联系人数据" (a sum of money asked is no count of things);
- "2021年全国总人口是多少" was answered by "全国人口增加48万人": a level asked is not answered by how much it moved,
  when the move is stated in the level's own unit (a percentage is left to the rate checks); nor by "出生人口1062万人":
  a kind of population (出生, 死亡, 常住 …) counts only itself.

Kept apart from `verify` (at the module cap); pure functions of the question and the cited sentence.
"""

from __future__ import annotations

import re

from summarizer.answer.case_status import place_asked, status_ok
from summarizer.answer.context import Context
from summarizer.answer.credit_measures import asks_flow
from summarizer.answer.classifiers import asks_money, unit_asked, unit_ok
from summarizer.answer.measure_head import percent
from summarizer.answer.named_part import latin_asked as _latin_asked
from summarizer.answer.named_part import latin_part_ok, own_subject_ok, subject_asked
from summarizer.answer.results import Question
from summarizer.answer.text import fold

__all__ = ["dropped_why", "measured_ok"]

# Measure words a count is written with.
_COUNTERS = "个家例人名位辆台件款座条宗批类套次户只份所艘架部场股项篇起头棵张本间栋"
_ASKED_COUNTER = re.compile(rf"(?:多少|几)([{_COUNTERS}])")
_COUNTER_AFTER = re.compile(rf"\s*(?:多|余)?\s*[十百千万亿]*\s*([{_COUNTERS}])")
# Measure words that count the same things: 29例 answers 多少人, 4450家 answers 多少个.
_SAME_KIND = (frozenset("例人名位"), frozenset("例宗起"), frozenset("家个所间"), frozenset("辆台部"), frozenset("艘条"))

# Dimensions, each spelling read as its dimension. 最高/提高 are no height, 增长/董事长 no length.
_DIMENSIONS = (
    ("落差", "高"), ("海拔", "海拔"), ("高度", "高"), ("身高", "高"), ("宽度", "宽"), ("长度", "长"), ("深度", "深"),
    ("厚度", "厚"), ("直径", "直径"), ("半径", "半径"), ("面积", "面积"), ("距离", "距离"), ("体重", "重"), ("重量", "重"),
    ("宽", "宽"), ("深", "深"), ("厚", "厚"), ("高", "高"), ("长", "长"),
)
_DIMENSION_WORD = re.compile("|".join(
    w if len(w) > 1 else {"高": r"(?<![最提升较更新崇])高(?!速|端|于|达|位|校|管|层|企)",
                          "长": r"(?<![增成延生队省市局行部院所科处股家班组船机社园校董首师学])长(?![期城江沙春])",
                          "深": r"(?<![资加])深(?![圳化入度])", "宽": "宽", "厚": r"厚(?!度)"}[w]
    for w, _ in _DIMENSIONS))
_DIMENSION_OF = dict(_DIMENSIONS)
_ASKED_DIMENSION = re.compile(rf"({_DIMENSION_WORD.pattern})(?:约|大约|大概|是|为|有|达)?(?:多少|几)|有多([宽长深高厚])")
# The words a number's own dimension is written with, right before it: "宽约2米", "在落差100米", "海拔3600米".
_LABEL_TAIL = re.compile(r"(?:约为|约|大约|达到|达|为|有|近|超过|超|逾|仅|只有|不到|高达)?\s*$")

# An amount asked by its noun ("销售费用是多少", "总人口是多少"), not a rate or a move of it.
_AMOUNT_NOUN = re.compile(r"(?:费用|支出|开支|成本|投入|人口|资金|工资|薪酬|存款|贷款|余额)(?:是|为|有|约|大约)?(?:多少|几)")
_NOT_AN_AMOUNT = re.compile(r"率|占比|比例|比重|增|降|减|涨|跌|幅|速|同比|环比|变化|变动|倍|百分|上升|下滑|提升")
# A kind of population: the two characters before 人口 unless they name where ("全国人口") or the whole ("总人口").
_POPULATION = re.compile(r"([\u4e00-\u9fff]{2})人口")
_NOT_A_KIND = re.compile(r"^(?:全|我|中|本|各|城市$|地区$|[\u4e00-\u9fff]总$)|[国省市县区州]$")
_MOVE_BEFORE = re.compile(r"(?:增加|减少|增长|下降|上升|上涨|下跌|下滑|回落|提升|降低|提高|净增|净减|多增|少增|增量|减量"
                          r"|增加额|减少额|(?<!新)增|减)了?(?:仅为|仅|约|近|超过|超|逾|达|为|只有)?\s*$")
_PART_OF_POPULATION = re.compile(r"出生|死亡|迁入|迁出|流入|流出|流动|老年|少儿|劳动|就业|失业|贫困|农村|乡村|城镇|外来|新增|净增")
# Units sold asked ("轻客卖了多少辆") are not units made: "11月客车产量为4770辆" is production.
_SOLD_ASKED = re.compile(r"卖|售|销")
_MADE = re.compile(r"产量|生产|产出|产能|下线")
_CLAUSE_MARK = re.compile(r"[，,；;。：:、（(）)]")
# Measures that are sums of money: "北方稀土增持市值是多少" is not answered by "获机构调研的有7只".
_MONEY_METRICS = frozenset("revenue sales_zh net_profit loss adjusted_profit operating_profit total_profit gross_profit "
                           "market_value deal_value investment cash_flow rd_expense".split())
# A count named by its noun in the same question ("增持市值最多的个股最新持股量是多少"): the count is asked.
_COUNT_NOUN = re.compile(r"量|数|股(?!价)")
# A number of years, months or days ("10年", "3个月"), or an age range's bound ("25—40岁"): a span of time, never a
# count of people or things.
_SPAN_OF_TIME = re.compile(r"[\d.,]+(?:\s*[—–\-~～至到]\s*[\d.,]+)?\s*(?:多|余)?\s*(?:个)?(?:年|月|天|周|星期|小时|分钟|秒|岁)(?!级|度)")


def measured_ok(question: Question, sentence: str, span: tuple[int, int], ctx: Context | None = None) -> bool:
    """May the number at `span` of the (folded) Chinese `sentence` answer `question`, as far as which product or
    part it is (`named_part`), whose count it is (`case_status`), what it counts, what it measures and whether it is a level or a move go?"""
    asked = fold(question.constraints.question or question.text)
    names = tuple(s for e in question.constraints.entities for s in e.spellings())
    subjects = tuple(s for e in question.constraints.entities if e.subject for s in e.spellings())
    if not question.constraints.entities and (written := subject_asked(question.text)):
        subjects = (written,)
    return (latin_part_ok(question.text, names, sentence, span) and own_subject_ok(question.text, subjects, sentence, span, ctx)
            and status_ok(question.text, sentence, span) and _counter_ok(asked, sentence, span, question.constraints.metric) and _dimension_ok(asked, sentence, span)
            and _amount_ok(asked, sentence, span) and _level_ok(question, sentence, span)
            and _population_ok(asked, sentence, span) and _sold_ok(asked, sentence, span)
            and _not_a_run(asked, sentence, span) and _qualifier_here(asked, sentence, span)
            and unit_ok(asked, sentence, span))


def dropped_why(question: Question, sentence: str, span: tuple[int, int], ctx: Context, lang: str) -> tuple[str, str] | None:
    """What the refusal says when a number met every constraint but what it measures: the product or part asked
    that it is not written with, the place whose count it is not, or a sum of money where it counts things."""
    text = question.text
    names = tuple(s for e in question.constraints.entities for s in e.spellings())
    subjects = tuple(s for e in question.constraints.entities if e.subject for s in e.spellings())
    if not question.constraints.entities and (written := subject_asked(text)):
        subjects = (written,)
    if not latin_part_ok(text, names, sentence, span):
        return "scope", next(p for p in _latin_asked(text, names))
    if not own_subject_ok(text, subjects, sentence, span, ctx):
        return "scope", next((e.text for e in question.constraints.entities if e.subject), subjects[0])
    if not status_ok(text, sentence, span) and (place := place_asked(text)):
        return "scope", place
    asked = fold(question.constraints.question or text)
    if not _counter_ok(asked, sentence, span, question.constraints.metric) and asks_money(asked):
        return "metric", "金额" if lang == "zh" else "the amount"
    if not unit_ok(asked, sentence, span) and (unit := unit_asked(asked)):
        return "metric", f"以“{unit}”为单位的"
    return None


# "连续3年增速超过20%": how many years in a row, no value of what is asked (unless the run is asked).
_RUN_BEFORE = re.compile(r"连续(?:第)?\s*$")
_RUN_ASKED = re.compile(r"连续|几年|多少年|几个月|多少个月|几个季度|几天|多少天")
# The measure asked with what narrows it ("动力电池毛利率"): a rate written right before the number under another
# qualifier ("综合毛利率 27.24%…平滑动力电池毛利率下滑") is that other rate's.
_QUALIFIED_MEASURE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(毛利率|净利率|利润率|增速|均价|单价|出货量|销量|产量|市占率|渗透率)")


def _not_a_run(asked: str, sentence: str, span: tuple[int, int]) -> bool:
    return _RUN_ASKED.search(asked) is not None or not _RUN_BEFORE.search(sentence[max(0, span[0] - 4):span[0]])


def _qualifier_here(asked: str, sentence: str, span: tuple[int, int]) -> bool:
    wanted = _QUALIFIED_MEASURE.search(asked)
    if wanted is None:
        return True
    qualifier, measure = asked[wanted.start() - 2:wanted.start()], wanted.group(1)
    if qualifier + measure not in sentence:
        return True  # the qualified measure is not written in the sentence: other rules judge it
    start = max(0, span[0] - 16)
    own = list(re.finditer(measure, sentence[start:span[0]]))
    return not own or sentence[:start + own[-1].start()].endswith(qualifier)


def _counter_ok(asked: str, sentence: str, span: tuple[int, int], metric: str | None = None) -> bool:
    written = _COUNTER_AFTER.match(sentence, span[1])
    own = written.group(1) if written else next((c for c in _COUNTERS if sentence[span[0]:span[1]].endswith(c)), None)
    wanted = _ASKED_COUNTER.search(asked)
    if (asks_money(asked) or metric in _MONEY_METRICS and wanted is None and not _COUNT_NOUN.search(asked)) \
            and own is not None:
        return False  # "卖了多少钱" is a sum of money: "410万条数据", "1.79亿股" count things
    if wanted is not None and wanted.group(1) != "个" and _SPAN_OF_TIME.match(sentence, span[0]):
        return False  # "多少人" is not answered by the 10 of "10年推迟约2岁": a span of time counts no one
    if wanted is None or wanted.group(1) == "个":
        return True  # 个 counts anything
    if own is None or own == wanted.group(1):
        return True
    return any(own in kind and wanted.group(1) in kind for kind in _SAME_KIND)


def _dimension_ok(asked: str, sentence: str, span: tuple[int, int]) -> bool:
    wanted = _ASKED_DIMENSION.search(asked)
    if wanted is None:
        return True
    dimension = _DIMENSION_OF.get(wanted.group(1) or "", wanted.group(1)) if wanted.group(1) else wanted.group(2)
    label = _CLAUSE_MARK.split(sentence[:span[0]])[-1]
    label = label[:len(label) - len(_LABEL_TAIL.search(label).group())]
    own = [m.group() for m in _DIMENSION_WORD.finditer(label[-4:])]
    if not own:
        return True
    return _DIMENSION_OF.get(own[-1], own[-1]) == dimension


def _amount_ok(asked: str, sentence: str, span: tuple[int, int]) -> bool:
    if not _AMOUNT_NOUN.search(asked) or _NOT_AN_AMOUNT.search(asked):
        return True
    return not percent(sentence, span)


def _level_ok(question: Question, sentence: str, span: tuple[int, int]) -> bool:
    """A level asked is not answered by a move written in its own unit ("人口增加48万人", "净增557家")."""
    constraints = question.constraints
    if constraints.change or constraints.ratio or percent(sentence, span) or asks_flow(constraints.question or ""):
        return True  # "新增贷款多少" asks the move itself: "贷款增加4,470亿元" answers it
    # "人口增加48万人", "人口增量仅48万人", "净增557家"; not "增长至", nor "较上年同期的38.1亿元增长18.6%" (the base).
    return not _MOVE_BEFORE.search(_CLAUSE_MARK.split(sentence[:span[0]])[-1])


def _population_kind(text: str) -> str | None:
    kinds = [k for k in _POPULATION.findall(text) if not _NOT_A_KIND.search(k)]
    return kinds[-1] if kinds else None


def _population_ok(asked: str, sentence: str, span: tuple[int, int]) -> bool:
    """"全国总人口" is not answered by "出生人口1062万人", nor "常住人口" by "户籍人口": the kind named with the number,
    in its clause, must be the one asked, or none."""
    if "人口" not in asked:
        return True
    own = _population_kind(_CLAUSE_MARK.split(sentence[:span[0]])[-1])
    wanted = _population_kind(asked)
    if own is None or wanted is not None:
        return own is None or own == wanted
    return not _PART_OF_POPULATION.search(own)  # 常住人口 is the population; 出生人口 a year's births


def _sold_ok(asked: str, sentence: str, span: tuple[int, int]) -> bool:
    if not _SOLD_ASKED.search(asked) or _MADE.search(asked):
        return True
    label = _CLAUSE_MARK.split(sentence[:span[0]])[-1]
    return not (_MADE.search(label) and not _SOLD_ASKED.search(label))
