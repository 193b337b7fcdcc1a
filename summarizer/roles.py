"""What each sentence of a news text is: a line that may be shown as a key sentence,
or a headline, subheading, byline, photo credit or caption that never is; and how much
news it states.

A key sentence states the news: the result, the decision or the change, with its main
figure. Three kinds of line compete with it for the summary and lose here:
- lines that are not sentences of the story (the headline repeated in the body, a
  subheading, "记者 王某", "图片来源：视觉中国", "Photo: Reuters", a date line). They are
  never shown; headline and subheadings are kept as evidence of what the points are;
- listings of many numbers ("Q1/Q2/Q3/Q4收入增速分别为…"): data, not a point;
- openers and background that state no fact ("就在五一假期前，…", "近日，…",
  "公司公布2022年年报。", "…大会于9月27日在海口举行。").

Every rule looks at the sentence's own words (and, for headings, at its paragraph),
never at a particular document, so it carries over to texts it has never seen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from summarizer.actions_zh import states_company_action
from summarizer.asides_en import stands_beside
from summarizer.boilerplate import boilerplate, is_disclaimer
from summarizer.datelines import without_dateline, without_list_marker
from summarizer.expenses_zh import states_expense
from summarizer.market_size_zh import sizes_market
from summarizer.firsts_zh import states_first
from summarizer.guidance import states_guidance
from summarizer.dates import date_free, short_years_free
from summarizer.layout import captions, is_photo_credit, quote_pieces
from summarizer.margins_zh import states_gross_margin
from summarizer.page_chrome import chrome_flags
from summarizer.results_lines import states_period_results
from summarizer.next_steps import states_next_step
from summarizer.notices import notice_asides, notice_weights
from summarizer.openers import (analyst_expects, approval_granted, breaks_down, company_profile, frames_sector,
                                attended, hypothetical, opener_only, share_reaction, states_thesis, units as _units)
from summarizer.roles_en import (letter_weights, moves_to_level, opening_scene, opens_on_scene, without_asides,
                                 without_name_numbers, without_spans)
from summarizer.roles_en_terms import english_value
from summarizer.statement_parts import loose_parts, statements

__all__ = [
    "FRAGMENT", "FULL", "NEVER", "SentenceRoles", "captions", "figure_count", "is_credit", "is_disclaimer", "is_listing",
    "news_value", "numbers", "sentence_roles", "states_decision", "states_intent", "states_no_fact", "states_result",
    "writers_point_marks", "quote_pieces", "statements", "without_dateline", "without_list_marker",
]

# Display tiers: FULL may be a key sentence, FRAGMENT only when too few are full, NEVER (headline, byline…) is not.
NEVER, FRAGMENT, FULL = 0, 1, 2

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_END_MARKS = "。！？!?.．;；…"
_CLOSERS = "”’\"'）)]】」』》〉"

_NUMBER_RE = re.compile(r"\d+(?:[.,，]\d+)*")
# A multiple or share in words: 扩大一倍, 增长两倍, 下降三成, 提高五个百分点.
_HAN_MULTIPLE_RE = re.compile(r"[一二两三四五六七八九十半]+(?:倍|成(?![员为功本立果交都长熟不])|个百分点)")
# The upper end of a range: "—43" in 38—43亿元, "~4.0" in 3.6~4.0, "至131.52%" (a number,
# at most a unit of two characters, a dash, tilde or 至/到, a number).
_RANGE_RE = re.compile(r"(?<=\d)(?:%|[^\d\s，,。；;、/]{0,2})\s?[-–—~～至到]{1,2}\s?[-+]?(?=\d)")
# A run of four or more numbers joined by "/" or "、" (30.3%/44.9%/45.7%/30.8%).
# "$1.8 billion to $2.2 billion", "3% to 5%": one band, the same unit at both ends ("fell 21% to $11.4 billion" is two).
_RANGE_EN_RE = re.compile(r"(?<=\d)\s?(billion|million|trillion|%|percent)\s+to\s+[$€£¥]?(?=\d[\d.,]*\s?\1)")
_SERIES_RE = re.compile(r"[-+]?\d[\d.]*%?[^\d/、，,；;。]{0,3}(?:\s?[/、]\s?[-+]?\d[\d.]*%?[^\d/、，,；;。]{0,3}){3,}")
_PERIOD_SERIES_RE = re.compile(
    r"Q[1-4]\s*[/、]\s*Q?[1-4](?:\s*[/、]\s*Q?[1-4])+|[1-4]Q\s*[/、]\s*[1-4]Q|"
    r"(?:19|20)?\d{2}\s*[-–—~至]\s*(?:19|20)?\d{2}\s*年[^。；]{0,30}分别|(?:20)?\d{2}[/、](?:20)?\d{2}[/、](?:20)?\d{2}\s*年"
)
_METRIC = r"(?:营业总收入|营业收入|营收|收入|营业利润|利润总额|归母净利润?|归属[^、/和及]{0,12}净利润?|净利润?|扣非[^、/和及]{0,8}|毛利率|净利率|EPS|每股收益|车流量|销量)"
_METRIC_LIST_RE = re.compile(rf"{_METRIC}(?:\s*[、/和及与]\s*{_METRIC})+")
# A bracketed change of the amount before it: "（同比+11.0%，环比-23.1%）", "（YOY-3.21%）".
_CHANGE_ASIDE_RE = re.compile(r"[（(]\s*(?:同比|环比|yoy|qoq)[^（）()]{0,30}[）)]", re.IGNORECASE)
# A change after its amount with a slash: "2.73亿元/+9.34%", "28.50%/-11.90pcts" (not "-12%/-11%", "54亿元/2.9亿元").
_SLASH_CHANGE_RE = re.compile(r"(?<=[元亿万])\s?/\s?[+-]\d[\d.]*\s?%|(?<=%)\s?/\s?[+-]\d[\d.]*\s?(?:pcts?|个百分点|bp)",
                              re.IGNORECASE)
# A result against the year's target: "公司完成了2020年度“调味品收入同比+12%”的目标", "有望超额完成年初既定收入目标",
# "年度利润目标有望实现". On the labelled sets 6 of the 7 such lines carry a main point (a fifth of all lines do).
_TARGET_MET_ZH = re.compile(r"完成[^。；]{0,40}目标|目标[^。；，]{0,6}(?:完成|达成|实现)")
# A listing has at least LISTING_MIN numbers; LISTING_MANY are a listing whatever their form.
LISTING_MIN = 4
LISTING_MANY = 8
NEXT_STEP_BONUS = 0.5  # what happens next to the news (next_steps): a result's value, and half again
# What a company does about its numbers (actions_en): a result's value, and 1.5 times again (x1.5-x3.0 ~tie).
ACTION_BONUS = 1.5

_RESULT_ZH = re.compile(
    r"增长|增加|增幅|增速|下降|下滑|下跌|减少|降幅|上涨|上升|回落|回升|提升|提高|降低|同比|环比|亏损|盈利|扭亏|"
    r"实现|达到|突破|创[^，。]{0,6}新[高低]|翻番|增至|降至|升至|涨至|跌至|收涨|收跌|收于|报收|涨|跌|"
    r"营收|收入|净利|利润|销量|销售额|出货量|成交额|市值|规模|份额|中标|签约|募资|融资|交付|新签|"
    # a toll ("…因灾死亡失踪398人") and a year's births beside it ("出生人口956万人"); a return ("收益率在50%以上")
    r"死亡|遇难|受伤|伤亡|失踪|受灾|损失|收益率|回报率|出生人口|出生率"
)
_RESULT_EN = re.compile(
    r"\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|grew|grow(?:s|n)?|increased?|decreased?|declined?|jumped|dropped|"
    r"climbed|slid|surged|plunged|soared|gained|lost|reported|posted|revenue|profits?|sales|earnings|income|eased|slowed|"
    r"slipped|dipped|edged|widened|narrowed|shrank|contracted|expanded|accelerated|tumbled|sank|rebounded|doubled|tripled|"
    r"halved|lowered|trimmed|weakened|strengthened|firmed|rallied|retreated|shares?|record|raised|cut|billion|million)\b"
    # "up 5%", "down $2": a move; "stayed up", "set up", "ended up" are not.
    r"|\b(?:up|down)(?=\s+(?:(?:about|nearly|almost|some|roughly|more\s+than|by)\s+)?[$€£¥]?\d)",
    re.IGNORECASE,
)
# A decision taken or an act done: news with or without a figure ("A公司宣布收购B公司").
_DECISION_ZH = re.compile(
    r"宣布|决定|批准|通过|印发|出台|签署|任命|辞去|辞职|上市|立案|处罚|罚款|暂停|取消|下调|上调|加息|降息|收购|并购|合并|"
    r"发射|获批|停产|裁员|起诉|判决|禁止"
)
_DECISION_EN = re.compile(
    r"\b(?:announced?|approved?|agreed|launche[sd]|signed|banned|fined|sued|ruled|acquired?|named|appointed|"
    r"resigned|unveiled|released)\b",
    re.IGNORECASE,
)
# An intention or a demand ("将…", "要求…", "plans to…"): news when it says how much (将投资58亿元), else background.
_INTENT_ZH = re.compile(r"推出|启动|恢复|落地|要求|提出|将")
_INTENT_EN = re.compile(r"\b(?:will|plans?)\b", re.IGNORECASE)
# "公司公布2022年年报及2023年一季报。": the report exists, but what does it say?
_REPORT_ONLY_RE = re.compile(
    r"(?:公布|发布|披露|发|推出)了?[^，。；]{0,30}(?:年报|季报|半年报|年度报告|季度报告|业绩报告|业绩快报|业绩预告|"
    r"财报|公告|报告|[^，。；]{0,6}数据|产销快报|经营快报|业绩)(?:[及和、与][^，。；]{0,20})?[。！]?$"
    # "Acme … today announced financial results for the fourth quarter ended December 31, 2024."
    # "… today announced topline results from its Phase 3 trial of X in severe asthma."
    r"|\b(?:announced|reported|released|will report)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,3}"
    r"results\s+(?:for|from|of)\s+[^.;]{0,100}[.!]?$"
    # "公司收到中国证监会下发的《行政处罚决定书》。", "…向市场监管总局备案了召回计划。": a document received or filed;
    # what it decides follows (on the key-point sets both such lines were shown, neither states a point).
    r"|(?:收到|接到)[^，。；]{0,30}《[^》]{1,30}》[。！]?$|备案了?[^，。；]{0,10}(?:计划|方案)[。！]?$"
)
# "公司主要从事民爆器材的生产与销售": who the company is, not what happened to it.
_DESCRIPTION_RE = re.compile(
    r"主要从事|主营业务(?:为|是|包括)|主要产品(?:为|是|包括)|(?:产品|业务|服务)(?:主要)?包括|前身(?:是|为)|成立于|"
    r"是一家|是国内[^，。]{0,12}(?:企业|公司|厂商)|作为[^，。]{0,30}(?:企业|公司|厂商|龙头)，"
    r"|\b(?:is|was) (?:a|an|the) (?:leading )?(?:company|maker|provider|developer|manufacturer)\b"
)
# "我们认为…，公司作为全球…份额最高的公司，将充分受益于…": the analyst's claim about the company, its standing only
# an aside: a view, not a profile.
_APPOSITIVE_CLAIM_RE = re.compile(r"我们(?:认为|判断|看好)[^。；]{0,40}?作为[^，。]{0,30}(?:企业|公司|厂商|龙头)，"
                                  r"[^。；]{0,12}?(?:将|有望|望|受益)")
# The headline metrics of a results statement: top line and bottom line.
_HEADLINE_METRIC_RE = re.compile(
    r"营业总收入|营业收入|营收|归母净利|归属[^，。；]{0,12}净利|净利润|销售金额|\b(?:revenue|net (?:income|profit)|sales)\b",
    re.IGNORECASE,
)
# The writer marks the point (see writers_point_marks): a turn, or a word that ranks it.
_TURN_EN_RE = re.compile(r"^[\"“‘']?(?:However|Instead|Still|Meanwhile)\b|\b\w+, however,")
_RANKING_WORD_EN_RE = re.compile(r"\b(?:key|main|most important|primary|crucial|closely[- ]watched)\b", re.IGNORECASE)
# "…大会于9月27日在海口举行。": an event took place, nothing about what happened.
# "…举行新闻发布会，介绍医疗救治工作进展情况。": a press conference took place; what was said follows.
_EVENT_HELD_RE = re.compile(
    r"(?:于|在)[^，。；]{0,40}(?:举行|召开|开幕|举办|闭幕|落幕|拉开帷幕)[。！]?$"
    r"|(?:举行|召开|举办)[^，。；]{0,20}(?:发布会|通气会|座谈会|见面会)[，,](?:介绍|通报|发布|解读)[^，。；]{0,30}"
    r"(?:情况|进展|有关情况|相关情况)[。！]?$"
    # "专家12日介绍…准备情况。": someone reported on something; the report follows.
    r"|^[^，。；]{0,30}介绍[^，。；]{0,40}(?:情况|进展)[。！]?$"
    # "市政府在世博中心举行记者招待会。", "市长与记者见面，并回答媒体提问。": a press conference
    # took place; what was said there follows.
    r"|(?:举行|召开|举办)[^，。；]{0,12}(?:发布会|招待会|通气会|见面会)[。！]?$"
    r"|回答(?:了)?(?:记者|媒体|网友)(?:的)?提问[。！]?$"
    # "…、…出席座谈会。", "马兴瑞、吴政隆参加调研。": who attended, not what happened.
    r"|(?:出席|参加|陪同)了?(?:会议|活动|仪式|开幕式|座谈会|调研|大会|表彰大会)?[。！]?$"
)
# The ordinal of a recurring event (第111场, 第3次, 第五届 in digits) names which one, not how many.
_EVENT_ORDINAL_RE = re.compile(r"第\s?\d+\s?(?:场|次|届|期|批|轮)")
# A line that announces what will be said, or records the proceedings, without saying it:
# "…在演讲中分析了…数据，同时指出了…的不足之处。", "…与各族干部群众深入交流。", "…向大会致词，…宣读了
# 《…决定》", "A new study investigates when…", "Today, we’re going to talk about…", "In this article,
# I’m sharing my approach…", "…就…发表评论。", "今天小编就来教大家…", and the proceedings of a visit ("…听取…工作
# 介绍。", "…察看…，了解…情况。") and the reporter's own (…记者采访了原作者的家人。). What was found, decided
# or argued follows.
_ANNOUNCES_RE = re.compile(
    r"(?:分析|介绍|讲述|探讨|谈|阐述|解读|回顾|分享|总结|指出)了[^。；]{0,60}"
    r"(?:情况|数据|问题|现状|经验|做法|看法|观点|原因|趋势|之处|进展|思考)[。！]?$"
    r"|(?:深入交流|交流发言|致辞|致词|发表讲话|作了讲话|宣读了[^，。；]{0,40})[。！]?$"
    r"|就[^，。；]{0,30}发表(?:了)?(?:评论|看法|讲话|演讲|意见)[。！]?$|(?:小编|我们)就?来(?:教|给|带|和|跟)大家"
    # The proceedings of a visit: "…听取…工作介绍。", "…察看生产线…，了解…情况。"
    r"|(?:听取[^。；，]{0,60}(?:汇报|介绍)|(?:察看|了解)[^。；，]{0,40}情况)[。！]?$"
    r"|记者[^，。；]{0,8}(?:采访|走访|专访|联系|探访)了[^，。；]{1,30}[。！]?$"  # "…记者采访了原作者的家人。"
    r"|^(?:In this (?:article|post|piece|guide|episode|video)|Today,? (?:we|I)\S* (?:are |will )?(?:going to )?"
    r"(?:talk|look|discuss|explore|share|cover)|(?:A|The|This) (?:new )?(?:study|report|paper|article|survey|analysis|book)"
    r" (?:investigates|explores|examines|looks at|asks|considers))\b"
)

# Lines that are not part of the story.
_BYLINE_RE = re.compile(
    r"^[（(【\[]?\s*(?:记者|作者|编辑|责编|责任编辑|来源|稿源|出处|图片来源|图源|图片|摄影|摄|文|原标题|本文来源|撰文|"
    r"校对|审核|监制|通讯员|编译|实习生|出品|策划)\s*[：:／/|丨]"
    r"|^[（(]?原(?:标)?题(?:为|是)?[：:]?\s*《"
    r"|(?:图片来源|图源|来源)[：:]\s*\S{1,20}\s*$"
    r"|(?:摄|供图|视觉中国|图虫创意|东方IC|新华社发)\s*[）)】\]]?\s*$"
    r"|^[▲△]|^[●■◆](?=\s*(?:图|圖|摄|攝|照片))|^图[为示][：:]?|^(?:上|下|左|右)?图[：:]"
    rf"|^(?:本报|新华社|中新社|人民网)?(?:记者|通讯员|特约记者|见习记者)\s*[{_HAN}]{{2,4}}(?:\s+[{_HAN}]{{2,4}}){{0,3}}\s*$"
    r"|^.{0,20}(?:作者|记者|撰文|摄影|编辑)[：:]\s*[^，。；]{1,8}(?:[，,][^，。；]{0,20})?[。]?$"
    r"|^(?:By|Photo|Photograph|Image|Credit|Source|Picture|Pictured|Caption|Video|Reporting by|Editing by|"
    r"Additional reporting by)\b[\s:]"
    r"|(?:Getty Images|Reuters|AP Photo|AFP|Shutterstock|Bloomberg)\s*[)\]]?\s*$"
    # A line that is only a bracketed source or end mark: "（上证报）", "(证券时报)", "（完）".
    r"|^[（(][^（）()]{1,14}[）)]$",
)
# A line cut mid-sentence, as pages that set a name in bold on its own line leave it:
# "十年前带领该行上市并成为行业最年轻董事长的" / "王某" / "，在…表示…".
_BROKEN_LINE_RE = re.compile(r"[的地和与及对把被从向将在]\s*$|^\s*[，、,]")
_DATE_LINE_RE = re.compile(r"^[\s\d:/.\-年月日号时分]*(?:\d{1,2}:\d{2}|日|号)[\s\d:/.\-]*$")
_UNITS_RE = re.compile(r"[\W_]+")

# Headings: a line alone in its paragraph, without end punctuation, at most this long.
HEADING_MAX_UNITS = 50
HEADING_MAX_WORDS = 20


@dataclass(frozen=True, slots=True)
class SentenceRoles:
    """Per sentence: display tier, news value (a score factor) and headline evidence."""

    tier: np.ndarray  # NEVER / FRAGMENT / FULL
    value: np.ndarray  # multiplies the TextRank score
    evidence: tuple[int, ...]  # indices of headline-like lines (the title as repeated, subheadings)
    numbers: tuple[frozenset[str], ...]  # its distinctive numbers, to spot the same fact twice
    statements: np.ndarray  # sentences cut at ；from one statement share a number here


def figure_count(text: str) -> int:
    """How many figures a sentence states, dates and quarters left out; a range
    (38—43亿元, 104.60%—131.52%, 3.6~4.0亿元) is one figure, a forecast's band, and a
    multiple or share in words (扩大一倍, 下降三成) is one. The number of an English name
    (LHT-204, Phase 3, S&P 500) is none."""
    undated = without_name_numbers(date_free(short_years_free(text)))
    return (len(_NUMBER_RE.findall(undated)) - len(_RANGE_RE.findall(undated)) - len(_RANGE_EN_RE.findall(undated))
            + len(_HAN_MULTIPLE_RE.findall(undated)))


# A bracketed aside ("（2021年末约为420万吨）", "（YOY+37.60%）") states a basis or a detail, not the
# line's fact; "202年" is a year with a digit lost.
_ASIDE_RE = re.compile(r"[（(][^（）()]{0,40}[）)]")
_YEARISH_RE = re.compile(r"(?<!\d)\d++\s?年")  # whole runs only: linear on a line of digits


def numbers(text: str) -> frozenset[str]:
    """The distinctive numbers a sentence states (dates left out; at least 3 digits or a
    decimal), written one way: two sentences sharing one state the same fact. Two English
    sentences naming the same drug (LHT-204) or model (Boeing 737) do not, nor two that share
    only a number in a bracketed aside or a number of years; a share is no amount (2.2% vs 2.2 million, 3.49% vs 3.49元)."""
    found, clean = set(), _YEARISH_RE.sub(" ", _ASIDE_RE.sub(" ", without_name_numbers(date_free(text))))
    for match in _NUMBER_RE.finditer(clean):
        number = re.sub(r"[,，]", "", match.group(0))
        if "." in number or len(number) >= 3:
            found.add(number + ("%" if clean[match.end():match.end() + 1] == "%" else ""))
    return frozenset(found)


def is_listing(text: str, count: int | None = None) -> bool:
    """A listing of many numbers: a run of four or more (30.3%/44.9%/45.7%/30.8%, 1.15元、1.47元、
    1.90元、2.10元), 分别为 with four or more, or more numbers than one point needs.

    "全年车流量/收入同比增长9.7%/8.6%" states one result with two figures: not a listing.
    """
    count = figure_count(text) if count is None else count
    if count >= LISTING_MIN and (_CHANGE_ASIDE_RE.search(text) or _SLASH_CHANGE_RE.search(text)):
        # "收入20.6亿元（同比+11.0%，环比-23.1%），归属净利润2.3亿元（同比+2.4%，环比-44.3%），…" and
        # "营业收入2.73亿元/+9.34%，归属净利润7786.58万元/-22.87%，净利率28.50%/-11.90pcts，…": each amount
        # with its changes is one result; counted apart they made the results line a listing.
        count = figure_count(_SLASH_CHANGE_RE.sub("", _CHANGE_ASIDE_RE.sub("，", text)))
    if count < LISTING_MIN:
        return False
    # "22年营收/营业利润/归母净利润/扣非净利润YOY+10.2%/-15.2%/-17.8%/-14.9%至16.12/2.17/1.87/1.79亿元": one period's
    # results, metric by metric, each with its change and its amount, however many metrics; not a listing.
    chain = _METRIC_LIST_RE.search(text)
    if chain and count <= 2 * len(re.findall(_METRIC, chain.group(0))) and not _PERIOD_SERIES_RE.search(text):
        return False
    if count >= LISTING_MANY or _PERIOD_SERIES_RE.search(text):
        return True  # a series over periods: Q1/Q2/Q3/Q4…, 2023-2025年…分别为
    # ("增速分别比上月末和上年同期低0.2个和0.4个百分点": one result against two bases is no listing.)
    respectively = bool(re.search(r"分别(?!比|较)", text)) or "respectively" in text
    # "营收/归母净利润/扣非净利润分别为198/11.6/9.2亿元": one period's results, metric by metric,
    # is the news; the same metric over several periods is a listing.
    return (respectively or bool(_SERIES_RE.search(date_free(text)))) and not _METRIC_LIST_RE.search(text)


def states_result(text: str, lang: str) -> bool:
    return bool((_RESULT_ZH if lang == "zh" else _RESULT_EN).search(text)) or (lang == "en" and moves_to_level(text))


def states_decision(text: str, lang: str) -> bool:
    return bool((_DECISION_ZH if lang == "zh" else _DECISION_EN).search(text)) or (lang == "zh" and approval_granted(text))


def states_intent(text: str, lang: str) -> bool:
    return bool((_INTENT_ZH if lang == "zh" else _INTENT_EN).search(text))


def states_no_fact(text: str, lang: str, count: int | None = None) -> bool:
    """An opener or background line: no figure, and only scene-setting words.

    "近日，A公司宣布收购B公司" keeps its decision; "就在五一假期前，不少上市公司发布了业绩报告。"
    and "…大会于9月27日在海口举行。" state nothing a reader would want to know first.
    """
    stripped = text.strip().rstrip(_CLOSERS)
    if stripped[-1:] in "？?":
        return True  # a question asks; the news is in the answer
    if lang == "zh" and attended(stripped):
        return True  # who attended and spoke, the head count included (openers.attended)
    count = figure_count(text) if count is None else count
    if count and _EVENT_ORDINAL_RE.search(text) and not figure_count(_EVENT_ORDINAL_RE.sub("", text)):
        count = 0  # "召开第111场新闻发布会": which press conference, not a quantity
    if count or (lang == "zh" and approval_granted(stripped)):  # an approval received is the news (openers)
        return False
    if _REPORT_ONLY_RE.search(stripped) or _EVENT_HELD_RE.search(stripped) or _ANNOUNCES_RE.search(stripped):
        return True
    return opener_only(stripped, lang, result=states_result(stripped, lang),
                       decision=states_decision(stripped, lang), scene_en=opens_on_scene(stripped))


def news_value(text: str, lang: str, *, result_bonus: float = 1.2, listing_factor: float = 0.5,
               no_fact_factor: float = 0.2, decision_bonus: float = 0.2,
               description_factor: float = 0.3, point_bonus: float = 0.5, quote_factor: float = 0.5) -> float:
    """How much news a sentence states, as a factor on its centrality.

    One to three figures with a result or change is the best kind of key sentence;
    a listing of many numbers gives way, and so does a line that states no fact. An English
    line gains `point_bonus` for each mark of the writer's point it carries (`writers_point_marks`),
    and one that opens with a direct quotation counts `quote_factor` (roles_en.opens_with_quote).
    """
    value = _fact_value(text, lang, result_bonus=result_bonus, listing_factor=listing_factor,
                        no_fact_factor=no_fact_factor, decision_bonus=decision_bonus,
                        description_factor=description_factor)
    if frames_sector(text, lang):  # the sector around the news: context (summarizer.openers)
        value = min(value, listing_factor)
    elif states_expense(text, lang) or sizes_market(text, lang):  # a note's costs; its market (expenses_zh,
        value = min(value, 1.0)  # market_size_zh): what explains the result, not news
    elif share_reaction(text, lang) or hypothetical(text, lang) or analyst_expects(text, lang):  # (openers)
        value = min(value, 1.0)
    elif stands_beside(text, lang):  # background, the other view, the forecast, no comment (asides_en)
        value = min(value, description_factor)
    elif states_next_step(text, lang) or states_gross_margin(text, lang) or states_guidance(text, lang) or (  # next
            lang == "zh" and _TARGET_MET_ZH.search(text) and figure_count(text)):  # steps; margin; guidance; target met
        value = max(value, 1.0 + result_bonus) * (1.0 + NEXT_STEP_BONUS)
    elif states_company_action(text, lang):  # a changed forecast, a buyback, a stake (actions_en, actions_zh)
        value = max(value, 1.0 + result_bonus) * (1.0 + ACTION_BONUS)
    elif value >= 1.0 and states_first(text, lang):  # a first of its kind: a result (firsts_zh)
        value = max(value, 1.0 + result_bonus)
    elif breaks_down(text, lang):  # a figure's parts, none of the above: a result's detail (openers)
        value = min(value, listing_factor)
    if lang == "en":  # terms lines count as results; a quotation counts less (roles_en_terms)
        value = english_value(text, value, figure_count(text), result_bonus=result_bonus, quote_factor=quote_factor)
    return value * (1.0 + point_bonus) ** writers_point_marks(text, lang)


def writers_point_marks(text: str, lang: str) -> int:
    """How many marks of "this is my point" an English line carries (0-2): a turn against
    what came before ("However, …", "Instead, …", "Most economists, however, argue…") and a
    word that ranks it ("the key finding", "the main reason", "primary", "most important", a figure "closely watched
    by policymakers").

    Features and opinion pages open with a scene or with the view they argue against; the
    point comes after such a mark. On the English main-point sets a line with a turn carries
    a point in 4 of 10 cases (2-3 times the rate of other lines) and so does one in 5 with a
    ranking word; the two are independent evidence, so each counts. A line that marks itself as
    the thesis ("The argument here is simple: …", "The problem with X is no longer …") is both
    marks at once: in an analysis it often comes last, where the lead weight is lowest. Chinese marks (然而/其实,
    关键/核心) showed no such difference on the Chinese sets, so they are not used.
    """
    if lang != "en":
        return 0
    return min(2, int(bool(_TURN_EN_RE.search(text))) + int(bool(_RANKING_WORD_EN_RE.search(text)))
               + 2 * int(states_thesis(text, lang)))


def _fact_value(text: str, lang: str, *, result_bonus: float, listing_factor: float,
                no_fact_factor: float, decision_bonus: float, description_factor: float) -> float:
    count = figure_count(text)
    if is_listing(text, count) and not states_period_results(text, lang):  # a results statement (results_lines)
        return listing_factor
    if states_no_fact(text, lang, count):
        return no_fact_factor
    main = without_asides(text) if lang == "en" else text  # a name's description states no news (roles_en)
    count, result = figure_count(main) if main != text else count, states_result(main, lang)
    profile = _DESCRIPTION_RE.search(text) and not _APPOSITIVE_CLAIM_RE.search(text)
    if (not count and profile) or company_profile(text, lang):  # a profile: figures and all
        return description_factor
    if count and result:
        # More than three figures is usually a listing in prose, but revenue and profit
        # with their changes (营收X亿元，同比+Y%，归母净利润Z亿元，同比+W%) is the results
        # statement itself.
        if count <= 3 or _HEADLINE_METRIC_RE.search(text):
            return 1.0 + result_bonus
        return 1.0 + result_bonus / 2
    # A decision taken counts with or without a figure; an intention ("将…", "will…") or a
    # change in words ("盈利能力下滑") only with one. On the main-point sets a line of
    # intention or change without a figure carries a main point no more often than any other.
    if states_decision(text, lang) or (count and states_intent(text, lang)):
        return 1.0 + decision_bonus
    return 1.0


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ")[-1:] in _END_MARKS if text else False


_HAN_RE = re.compile(f"[{_HAN}]")
_WORD_RE = re.compile(r"[^\W_]+")


def _similar(a: str, b: str) -> bool:
    """The headline as repeated in the body (possibly with a site suffix or a trailing mark).

    Chinese lines are compared by their characters, others by their words: any two
    English lines share most of the alphabet, so a lead sentence would pass for the
    headline and never be shown.
    """
    if not _HAN_RE.search(a) and not _HAN_RE.search(b):
        words_a, words_b = _WORD_RE.findall(a.lower()), _WORD_RE.findall(b.lower())
        if not words_a or not words_b:
            return False
        joined_a, joined_b = " ".join(words_a), " ".join(words_b)
        if joined_a in joined_b or joined_b in joined_a:
            return min(len(words_a), len(words_b)) >= 0.7 * max(len(words_a), len(words_b))
        shared = len(set(words_a) & set(words_b))
        return shared >= 0.8 * max(len(set(words_a)), len(set(words_b)))
    a, b = _UNITS_RE.sub("", a).lower(), _UNITS_RE.sub("", b).lower()
    if not a or not b:
        return False
    if a in b or b in a:
        return min(len(a), len(b)) >= 0.7 * max(len(a), len(b))
    shared = len(set(a) & set(b))
    return shared >= 0.8 * max(len(set(a)), len(set(b)))


# "- Revenue of $212.4 million, up 27% year over year": a highlight, an item of a bulleted list.
_BULLET_RE = re.compile(r"^\s*(?:[-–—*•▪·]\s)")


def _result_item(text: str, lang: str) -> bool:
    """A bulleted list item stating a result with its figure: a point, not a heading."""
    return bool(_BULLET_RE.match(text)) and states_result(text, lang) and 0 < figure_count(text) <= 3


def is_credit(text: str) -> bool:
    """A byline, source line, photo credit, caption marker or date line."""
    stripped = text.strip()
    return (bool(_BYLINE_RE.search(stripped)) or (len(stripped) <= 40 and bool(_DATE_LINE_RE.match(stripped)))
            or is_photo_credit(stripped))


def sentence_roles(texts: Sequence[str], paragraphs: Sequence[int], lang: str, *,
                   title: str | None = None, min_units: int = 4, **value_knobs: float) -> SentenceRoles:
    """Tiers, news values and headline evidence of every sentence of one text."""
    n = len(texts)
    per_paragraph: dict[int, int] = {}
    for p in paragraphs:
        per_paragraph[p] = per_paragraph.get(p, 0) + 1
    tier = np.full(n, FULL, dtype=np.int8)
    value = np.ones(n)
    evidence: list[int] = []
    # Per distinct sentence (a text repeating one sentence is judged once per distinct one):
    # units, credit line, ends like a sentence, news value.
    seen: dict[str, tuple[int, bool, bool, float, bool]] = {}
    limit = HEADING_MAX_UNITS if lang == "zh" else 3 * HEADING_MAX_WORDS
    pieces = quote_pieces(texts, paragraphs) if lang == "en" else [False] * n
    in_caption = captions(texts, paragraphs)
    in_boilerplate = [a or b or c for a, b, c in zip(boilerplate(texts, paragraphs), notice_asides(texts, paragraphs),
                                                     chrome_flags(texts, paragraphs))]
    group = statements(texts, paragraphs)
    loose = loose_parts(texts, group, lang)  # "…；归母净利润3.9亿元" after "其中第三季度…": read alone, wrong
    for i, text in enumerate(texts):
        if text not in seen:
            seen[text] = (_units(text, lang), is_credit(text), _ends_sentence(text),
                          news_value(text, lang, **value_knobs), states_no_fact(text, lang))
        units, credit, ends, value[i], no_fact = seen[text]
        alone = per_paragraph[paragraphs[i]] == 1
        if title and _similar(text, title):
            tier[i] = NEVER
            evidence.append(i)
        elif credit or is_disclaimer(text) or in_boilerplate[i] or in_caption[i]:
            tier[i] = NEVER
        elif alone and not ends and units <= limit and n > 1 and not _result_item(text, lang):
            tier[i] = NEVER  # a headline or subheading: evidence of the points, not one of them
            evidence.append(i)
        elif (units < min_units or no_fact or (lang == "zh" and _BROKEN_LINE_RE.search(text))
              or loose[i] or (lang == "en" and pieces[i]) or text.rstrip().endswith((":", "："))):
            tier[i] = FRAGMENT  # shown only when the text has nothing better
    if lang == "en":
        # A feature's opening scene is not its point (roles_en.opening_scene); a look back ends at
        # the first result with its figures, however many (a many-figure result weighs less).
        no_fact_factor = value_knobs.get("no_fact_factor", 0.2)
        figured = [bool(figure_count(text)) and states_result(text, lang) for text in texts]
        # A scene's ages and durations ("Every morning for 27 years, …") are its colour, not a fact of the news.
        scene_free = [seen[text][4] or (opens_on_scene(text) and not figure_count(without_spans(text)))
                      for text in texts]
        for j in opening_scene(texts, tier > NEVER, scene_free, figured):
            if tier[j] == FULL:
                tier[j] = FRAGMENT
                value[j] = seen[texts[j]][3] * no_fact_factor
    if not (tier > NEVER).any():
        tier[:] = np.where(tier == NEVER, FRAGMENT, tier)  # nothing else to show: show what there is
    value = value * notice_weights(texts, paragraphs) * letter_weights(texts, lang)  # a notice's parts, a letter
    found = {text: numbers(text) for text in seen}
    return SentenceRoles(tier, value, tuple(evidence), tuple(found[text] for text in texts), group)
