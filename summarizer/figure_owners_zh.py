"""Whose metric a bare one is, when the sentence named the owner with the metric before it.

"子公司星河科技实现营收106.42亿元，同比增长1.62%，净利润6.96亿元，同比增长5.61%": the net profit is the
subsidiary's, as its revenue was, but read clause by clause it was shown as a bare 净利润, the company's
own to a reader (whose profit rose by another figure). A later clause of the same sentence that names only
a metric, and not one only the whole company reports (归母/扣非), goes on with the owner named before.
Kept apart from `summarizer.figures`, which reads each clause's own subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["owners_go_on"]

# The metrics a segment, a subsidiary or a region has of its own, longest first.
# ("车险保费收入…，综合成本率97.9%": the segment's combined ratio, 车险's, not the insurer's)
_METRICS = ("营业收入", "营业利润", "利润总额", "净利润", "综合成本率", "综合赔付率", "毛利率", "净利率", "出货量", "保费收入", "营收",
            "收入", "销量")
_METRIC_RE = re.compile("(?:" + "|".join(_METRICS) + ")$")
# What is no owner: the company itself, a span, a sum, a frame, a verb left over.
_NO_OWNER_RE = re.compile(r"^(?:本|该)?公司(?:整体|合计)?$|^(?:本|该)?集团$|归属|归母|扣非|母公司|股东|本期|当期|同期|单季度?|全年|年度|整体|合计|累计|总$|其中|实现|预计|测算|我们|营业|主营"
                          r"|[\d%]|^(?:归母|扣非|销售|经营|综合|主营业务)$|(?:销售|季度|的)$")


def owners_go_on(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` with a bare metric named by the owner of the metric named before it in its sentence."""
    out: list[Figure] = []
    at, owner, owners, bare = -1, None, set(), False
    renamed: tuple[str, str] | None = None  # (bare metric, owner + metric) of the last figure renamed
    end = 0  # where the last figure of the sentence ended
    for figure in figures:
        if figure.kind != "figure":
            out.append(figure)
            continue
        if figure.sentence_index != at:
            # owners: every owner the sentence named so far (a list of them hands none on);
            # bare: a bare metric came before any owner (it may be another owner's, or the company's).
            at, owner, owners, bare, renamed, end = figure.sentence_index, None, set(), False, None, 0
        sentence = sentences[at] if 0 <= at < len(sentences) else ""
        start = _start_of(figure, sentence, end)
        if start >= 0 and any(part.strip() and not re.search(r"\d", part)
                              for part in re.split(r"[，,；;]", sentence[end:start])[1:-1]):
            # "华泰重工以营收2.1万亿元位列第一，远洋集团排名第二，营收为9800亿元": a clause with no figure in
            # between may name another owner (远洋集团's revenue).
            owner, renamed = None, None
        end = start + len(figure.text) if start >= 0 else end
        subject = (figure.subject or "").strip()
        metric = _METRIC_RE.search(subject)
        if renamed and subject == renamed[0] and not (figure.context or "").lstrip().startswith(subject):
            figure = replace(figure, subject=renamed[1])  # "…，净利润6.96亿元，同比增长5.61%": the change goes with it
        elif metric and metric.start() == 0 and owner and len(owners) == 1 and not bare \
                and _names_only(figure, subject):
            renamed = (subject, owner + subject)
            figure = replace(figure, subject=renamed[1])
        elif metric and metric.start() >= 2 and not _NO_OWNER_RE.search(subject[:metric.start()]):
            owner, renamed = subject[:metric.start()], None
            owners.add(owner)
        else:
            # "中高档白酒实现营收12.4亿元，…，普通白酒营收2.7亿元，…，毛利率…": which owner's is not said;
            # "…，占比…": another thing is measured now.
            bare = bare or bool(metric and not owners)
            owner = owner if metric else None
            renamed = None
        out.append(figure)
    return out


def _names_only(figure: Figure, subject: str) -> bool:
    """The figure's clause opens with the bare metric (after a comma), naming no owner of its own."""
    context = (figure.context or "").lstrip()
    return context.startswith(subject) or bool(re.match(r"(?:实现|录得)" + re.escape(subject), context))


def _start_of(figure: Figure, sentence: str, after: int) -> int:
    """Where the figure's text starts in its sentence, at or after `after` (-1 when not found)."""
    at = sentence.find(figure.context, max(after - len(figure.context), 0)) if figure.context else -1
    inside = figure.context.find(figure.text) if at >= 0 else -1
    return at + inside if inside >= 0 else sentence.find(figure.text, after)
