"""Who owns a Chinese clause's figures when jieba does not know the name: the words that open a clause right
before its deed ("2025年，宏达新能实现营业收入19.5亿元": 宏达新能 reported them). Without this an unfamiliar name
owned nothing, so the story's own company (北辰材料, in the title) did, and "北辰材料2025年营业收入" was answered
with the target's revenue. Used only by /ask: the figures' own subjects (summarizer.figures) are not changed."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.answer.names import _ORG_SUFFIX_TUPLE, _ZH_GENERIC, _ZH_NOT_NAMES
from summarizer.answer.names import claimers as _claimers
from summarizer.answer.metrics import metric_spans
from summarizer.answer.periods import mentions
from summarizer.disclosers import DISCLOSER_ZH as _DISCLOSER

__all__ = ["claimers", "generic_after_other", "measure_code"]

# A clause start (after "2025年，" too), 2–6 characters, then the verb a company reports its results with; a
# metric right after the words ("手机镜头营收占比") makes them a product or a segment, not a name.
_OPENER = re.compile(r"(?:^|(?<=[，,；;。]))([\u4e00-\u9fff]{2,6}?)(?=实现|录得|共实现|累计实现|主要从事"
                     # …or its month and the units it sold ("星河汽车11月批发销量38.2万辆", "长岭汽车11月销量").
                     r"|(?:\d{1,2}月份?|20\d{2}年)(?:批发|零售|终端)?(?:销量|交付|销售|出货)"
                     r"|股价报|股价收报|收盘价为"  # "截至12月3日收盘，华岭股份股价报14.25元/股"
                     # …or announces them ("同日，南屿港务披露，11月公司完成…", "晋原煤业公告，…"): the 公司 after it is it.
                     # (not a broker publishing a note: "中金公司发布研报，首次覆盖…" is the source, not the subject)
                     r"|披露|公告|宣布|公布|发布(?!研|报告|点评|深度|调研))")
# A company introduced by what it is ("同月，另一家模拟芯片企业澜芯科技在创业板上市，发行价为32.50元/股"): the name after the
# description owns the clause, though jieba does not know it and no results verb follows.
_DESCRIBED = re.compile(r"(?:(?:另一家|又一家|另一|同行|竞争对手|同为)[\u4e00-\u9fff]{0,10}?(?:企业|公司|厂商|龙头)|竞争对手|同行)"
                        r"([\u4e00-\u9fff]{2,6}?)(?=在|于|[，,]|实现|披露|公告|宣布|公布|发布|上市|登陆|预计|预告)")
# A subsidiary introduced as one ("旗下鼎安人寿综合偿付能力充足率为203%"): its name, up to the word that ends an
# organisation's name, owns the clause; it is not the parent asked, though the two names share their first words.
_SUBSIDIARY = re.compile(r"(?:旗下|下属|控股子公司|全资子公司|子公司)([\u4e00-\u9fff]{1,6}?(?:" + "|".join(
    sorted(_ORG_SUFFIX_TUPLE, key=len, reverse=True)) + "))")
# What is announced, not who announces ("消息公布后，…", "财报发布后，…": after the news came out).
_ANNOUNCED = frozenset("消息 数据 报告 财报 年报 季报 半年报 公告 结果 新闻 通知 文件 名单 业绩 成绩".split())
# A name holds no particle, preposition or time word ("归属于股东的", "年实现", "上半年" are not names).
_NOT_IN_NAME = re.compile(r"[的为于在与和及对将已了共年月季期间内后前中是有被把让从向至到比较同环据]")
# Words that are no name: pronouns and generic heads, times, parts of a company, results words.
_NOT_OWNER = re.compile(r"^(?:公司|本|该|其|集团|企业|上市|标的|交易|报告期|期内|同期|全年|今年|去年|上年|本年|当年|当期|本期"
                        r"|此外|其中|同时|另外|合计|累计|共计|整体|全部|目前|截至|此前|未来|预计|有望|已经|已|将)"
                        r"|(?:业务|板块|分部|部门|产品|行业|市场|基金|产业|子公司|门店|项目|地区|区域|期间|期内|以来|方面|合计)$")


@lru_cache(maxsize=4096)
def claimers(folded: str, original: str, subjects_only: bool = False) -> tuple[tuple[int, int, str], ...]:
    """`names.claimers`, and the unknown name that opens a clause before its deed."""
    found = list(_claimers(folded, original, subjects_only))
    if not re.search(r"[\u3400-\u9fff]", folded):
        # "Adjusted EBITDA was $452 million": a capitalised measure opening a sentence is no name, nor a code ("Its C1
        # cash cost", "the U-6 rate").
        return tuple(c for c in found if not _measure_initials(original, c[0], c[1]) and not metric_spans(c[2])
                     and not re.fullmatch(r"[a-z]{1,2}-?\d{1,2}", c[2]))
    times = [(m.start, m.end) for m in mentions(folded)]
    for match in _SUBSIDIARY.finditer(folded):
        # "旗下岚山人寿": the subsidiary's whole name, not the place jieba reads out of it (岚山).
        found = [c for c in found if not (match.start(1) <= c[0] and c[1] <= match.end(1) and c[1] - c[0] < len(match.group(1)))]
    for match in (*_OPENER.finditer(folded), *_DISCLOSER.finditer(folded), *_DESCRIBED.finditer(folded),
                  *_SUBSIDIARY.finditer(folded)):
        start, end, word = match.start(1), match.end(1), match.group(1)
        # "今年前三季度实现": a period is when; a name already found there is kept as found.
        if _NOT_OWNER.search(word) or _NOT_IN_NAME.search(word) or word in _ZH_GENERIC or word in _ZH_NOT_NAMES or word in _ANNOUNCED \
                or any(a < end and start < b for a, b in times) \
                or any(a < end and start < b for a, b, _ in found):
            continue
        found.append((start, end, word))
    return tuple(sorted(found))


def _measure_initials(original: str, start: int, end: int) -> bool:
    """Is the name at [start, end) a bracketed abbreviation of the lower-case words right before it ("revenue passenger
    kilometres (RPK)", "available seat kilometres (ASK)")? It spells a measure, and owns no figure."""
    if len(original) < end or original[start - 1:start] != "(" or original[end:end + 1] != ")":
        return False
    letters = original[start:end]
    words = re.findall(r"[A-Za-z]+", original[max(0, start - 80):start - 1])[-len(letters):]
    return (len(words) == len(letters) and all(w.islower() for w in words)
            and "".join(w[0] for w in words) == letters.lower())


# "公司"/"该公司" standing for a company (not 子公司, 有限公司, 分公司…).
_GENERIC_ZH = re.compile(r"(?<![限子分母股总团市])(?:该|本)?公司")
# The same in English: "Brightmoor shares rose 5%, valuing the company at £1.4 billion" values Brightmoor.
_GENERIC_EN = re.compile(r"\bthe (?:company|firm|group)\b")
# A speaker between: "Chief Financial Officer Mark Ellison said the company would buy back…" is the story's company.
_SAID_EN = re.compile(r"\b(?:said|says|told|added|noted|stated|explained|believes?|thinks?|expects?)\b")


def generic_after_other(sentence: str, at: int, owners: list[tuple[int, bool | None]]) -> bool:
    """Does a "公司" ("the company") before `at` follow another company named earlier in the same sentence, with no
    asked one between? Then it stands for that company ("同日，南屿港务披露，11月公司完成集装箱吞吐量…" is
    南屿港务's), not for the story's own company of the title. `owners` are (position, asked?) of the names
    before `at` (None for a word that decides nothing)."""
    generic = _GENERIC_ZH if re.search(r"[\u4e00-\u9fff]", sentence) else _GENERIC_EN
    others = [pos for pos, asked in owners if asked is False and pos < at]
    if not others or any(asked for pos, asked in owners if asked and pos < at):
        return False
    last = max(others)
    return any(last < m.start() < at and not (generic is _GENERIC_EN and _SAID_EN.search(sentence, last, m.start()))
               for m in generic.finditer(sentence))


def measure_code(name: str, texts: tuple[str, ...]) -> bool:
    """Is the English name a code the article spells out as a measure, in brackets after lower-case words ("revenue
    per available room (RevPAR)")? Then "Carrick reported RevPAR growth of 1.3% and revenue of $712 million" is
    Carrick's revenue: the code owns nothing, wherever it is written. `texts` as written."""
    if not name.isascii() or " " in name:
        return False
    pattern = re.compile(rf"\b[a-z][a-z-]*(?: [a-z][a-z-]*)+ \((?i:{re.escape(name)})\)")
    return any(pattern.search(text) for text in texts if text)

