"""Trimming a long Chinese key sentence without cutting away the figures it was chosen for.

A key sentence longer than the readable cap is shown as its head, cut at a clause boundary
(`readable.readable`). A news flash or an announcement often opens with who disclosed what
("瑞丰药业（300619）11月26日晚间公告，公司于近日收到…送达的《民事起诉状》等材料，原告…以…为由起诉公司，")
and states the amounts only at the end ("…涉案金额合计约2.35亿元"): the head keeps the
preamble and drops the news. When the head loses figures that the sentence states, the
sentence is shown as its first clause (who), "…", and the run of clauses that states the most
figures, cut at clause boundaries like the head. A listing of many numbers is shown as before:
its later numbers ("增持金额分别达…、…、…") are no reason to drop what it is about. An editor shortening a quotation does the same.

A head that ends on the verb of a report ("…致力于…疗法的创新生物制药公司–德琪医药有限公司2月7日宣布…") drops all that was
reported, with or without figures: such a sentence is shown from the clause of the report when what was said fits
after it, else, for what a company announced, from what was announced ("…澳大利亚…伦理委员会已批准ATG-037用于…的I期
临床试验。"); a person's words are never shown without the clause that names the speaker.
"""

from __future__ import annotations

import logging
import re

from summarizer.readable import READABLE_CHARS, readable
from summarizer.roles import is_listing

logger = logging.getLogger(__name__)

__all__ = ["readable_with_figures"]

# A figure with its unit (a stock code or a date is none).
# Read from a number's start only, its digits taken whole (`*+`): a line of 200,000 digits was
# read again from each of its digits (16 s for 20,000).
_FIGURE_RE = re.compile(
    r"(?<!\d)(?<!\d[,，.])\d[\d,，.]*+\s*(?:%|％|个百分点|個百分點|万|萬|亿|億|元|股|倍|GWh|GW|MW|kWh|吨|噸|辆|輛|台|家|人|平方米|美元|港元|欧元)")
# Where a clause ends: a comma, semicolon or colon not inside a number.
_CLAUSE_RE = re.compile(r"[，；：,;:](?!\d)")
# The first clause is kept as the sentence's subject only when it is this short a part of the cap.
_LEAD_SHARE = 0.4
_ELLIPSIS = "…"
# The verb of a report, closing a head that was cut right after it ("…公司2月7日宣布…", "…董事长在会上表示…").
_REPORT_END_RE = re.compile(r"(?:宣布|表示|称|公告|透露|指出|介绍|获悉|披露)$")
_ANNOUNCED_END_RE = re.compile(r"(?:宣布|公告|披露|获悉)$")
# What was said must show at least this many characters after the report's verb.
_SAID_MIN_CHARS = 12
# A defined term in brackets: "（以下简称“公司”）", "（「本公司」，連同其附屬公司統稱「本集團」）". It tells a lawyer
# what a later word refers to; shown in a key sentence it only pushes the news past the cap.
_DEFINED_TERM_RE = re.compile(r"[（(](?:以下(?:简称|簡稱|称|稱)|下称|下稱)[^（）()]{1,40}[）)]|（「[^」（）]{1,20}」[^（）]{0,60}）")


def _figures(text: str) -> int:
    return len(_FIGURE_RE.findall(text))


def readable_with_figures(text: str, lang: str, cap: int | None = None) -> str:
    """`readable.readable(text)`, unless its head drops figures that a later run of clauses states.

    Chinese defined terms in brackets ("（以下简称“公司”）") are left out first.

    Then: the first clause (when short), "…", and the run of clauses, starting at a clause
    boundary, that fits the cap and states the most figures (the earliest of equals). Only for
    Chinese, where one sentence runs over many clauses.
    """
    if lang == "zh":
        text = _DEFINED_TERM_RE.sub("", text)
    head = readable(text, lang, cap)
    if lang != "zh" or head == text.strip():
        return head
    cap = cap or READABLE_CHARS["zh"]
    stripped = text.strip()
    said = _what_was_reported(stripped, head, cap)
    if said is not None:
        return said
    shown = _figures(head)
    if _figures(stripped) <= shown or is_listing(stripped):
        return head  # a listing's later numbers ("分别达…、…、…") are no reason to drop what it is about
    starts = [m.end() for m in _CLAUSE_RE.finditer(stripped)]
    if not starts:
        return head
    lead = stripped[:starts[0]]
    if len(lead) > cap * _LEAD_SHARE:
        lead = ""
    best, best_count, best_start = None, shown, 0
    for start in starts:
        window = stripped[start:]
        room = cap - len(lead) - len(_ELLIPSIS)
        if room <= 0 or not window:
            continue
        fitted = readable(window, lang, room)
        count = _figures(fitted)
        if count > best_count:
            best, best_count, best_start = fitted, count, start
    if best is None:
        return head
    if lead and best_start == len(lead):
        return lead + best  # nothing left out between them
    return lead.rstrip("，；：,;:") + _ELLIPSIS + best if lead else _ELLIPSIS + best


def _what_was_reported(text: str, head: str, cap: int) -> str | None:
    """`text` shown from the clause of its report, or from what was reported, when `head` ends on the report's verb."""
    shown = head.removesuffix(_ELLIPSIS)
    if not _REPORT_END_RE.search(shown) or not text.startswith(shown):
        return None
    starts = [m.end() for m in _CLAUSE_RE.finditer(shown)]
    reported = len(shown) + len(text[len(shown):]) - len(text[len(shown):].lstrip("，,：:；; "))
    # What a company announced is a fact without its announcer; what a person said or thought is not (a view
    # shown without its speaker would read as the writer's fact): that is shown with its clause or not at all.
    announced = bool(_ANNOUNCED_END_RE.search(shown))
    for start in (starts[-1] if starts else 0, reported) if announced else (starts[-1] if starts else 0,):
        window = text[start:]
        fitted = readable(window, "zh", cap - len(_ELLIPSIS))
        if start == reported or len(fitted.removesuffix(_ELLIPSIS)) >= reported - start + _SAID_MIN_CHARS:
            return (_ELLIPSIS if start else "") + fitted if window else None
    return None
