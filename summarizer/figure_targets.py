"""What a part of a whole or a share of a target is named: by its use, or by what it completes.

"拟募集资金15.6亿元，其中9.8亿元用于车规级芯片项目": the part is named by what it is used for.
"累计销售金额1,562亿元，完成全年目标的86.8%": the share is the target's completion rate, of what
the figure before counted; "已完成全年计划的96.2%" is the plan's. Shown as "计划：96.2%" or
"目标：86.8%", the line named the wrong thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.figure_numbers import NumberMatch
from summarizer.figure_subject_clean import clean_subject
from summarizer.model import Figure

__all__ = ["RELATIVE_UNITS", "part_subject", "set_by_year"]

# Units of a change or share rather than an amount.
RELATIVE_UNITS = frozenset({"%", "个百分点", "百分点", "pct", "倍", "成", "percentage points", "basis points"})

_ZH_USED_FOR_RE = re.compile(r"\s*(?:将|拟|主要|计划)?(?:用于|投向|投入于?)([^，,。；;、（(]{2,16})(?=[，,。；;、（(]|$)")
# "完成全年目标的86.8%", "完成年度销售目标的78%", "全年目标完成率仅为61.2%", "已完成全年计划的96.2%".
_ZH_TARGET_DONE_RE = re.compile(r"(?:完成(?:了)?|(?=全年|年度|目标|计划))(?P<span>全年|年度)?[^，,。；;\d]{0,8}?"
                                r"(?P<noun>目标|计划)(?:任务)?(?:的|完成率[^，,。；;\d]{0,6})\s*$")


def part_subject(shadow: str, match: NumberMatch, clause_start: int, shown_subject: str | None,
                 own_subject: str | None, figures: Sequence[Figure]) -> str | None:
    """The subject of a Chinese figure that is a part named by its use or a target's completion
    rate; `shown_subject` when it is neither."""
    used = _ZH_USED_FOR_RE.match(shadow, match.end) if own_subject is None else None
    if used:
        shown_subject = f"{shown_subject or ''}用于{used.group(1)}"
    done = _ZH_TARGET_DONE_RE.search(shadow, clause_start, match.start) if match.unit == "%" else None
    if done:
        counted = next((f.subject for f in reversed(figures) if f.kind == "figure" and f.subject
                        and f.unit not in RELATIVE_UNITS), None)
        base = re.sub(r"(?:全年|年度)?(?:目标|计划)$", "", clean_subject(counted) or "") if counted else ""
        shown_subject = f"{base}{done.group('span') or ''}{done.group('noun')}完成率"
    return shown_subject


# "《方案》提出，到2028年，全国新型储能装机规模达到1.8亿千瓦以上": a goal set for a year, written in the
# sentence before the figure; nothing done so far (已, 累计, 截至) stands between.
_BY_YEAR_RE = re.compile(r"(?:^|[，,。；;：:])\s*([^，,。；;\d]{0,12}?(?:提出|明确|要求|计划|力争|争取|目标是|目标为)\s*[，,：:]?\s*)?"
                         r"到\s?(?:20\d{2}\s?年|明年|今年)(?:底|末)?[^。！？已]*$")

_GOAL_WORD_RE = re.compile(r"将|要|需|应|力争|争取|确保|力求|有望|不少于|不低于")


def set_by_year(shadow: str, at: int) -> bool:
    """Is the figure at `at` a goal for a year ahead ("到2028年，…达到1.8亿千瓦")? Such a figure is an
    outlook, like a forecast: shown with its word, never as a result."""
    start = max(shadow.rfind(mark, 0, at) for mark in "。！？") + 1  # (its goals may go on after ；)
    found = _BY_YEAR_RE.search(shadow, start, at)
    # Set, not told: "到2023年，…里程为578.42公里" looks back (a plan says 提出 or 将/要/力争…).
    return bool(found and (found.group(1) or _GOAL_WORD_RE.search(shadow, found.start(), at))) and not re.search(
        r"累计|截至|截止", shadow[start:at])
