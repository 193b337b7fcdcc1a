"""The value of the period asked in a list of periods and values: "2026-2028年归母净利润分别为9.6/11.2/12.9亿元",
"2019/23年…178/273亿元". Moved out of `verify` to keep it small; pure functions of folded sentences."""

from __future__ import annotations

import re

from summarizer.answer.own_number import RESPECTIVE_CUE, slash_runs
from summarizer.answer.periods import Period, mentions

__all__ = ["label_at", "listed_for"]


def listed_for(sentence: str, spans: list[tuple[int, int]], asked: Period, lead: str = "") -> tuple[int, int] | None:
    """In "2026-2028年归母净利润分别为9.6/11.2/12.9亿元" (or "Q1/Q2/Q3/Q4…分别为…", "…, respectively")
    the number of the year or quarter asked: the list's place, not the first number. A list split from its
    years at "；" ("2023年至2025年，…分别实现营业收入21.36亿元、…；归母净利润分别为2.15亿元、…") takes them from `lead`,
    the sentence before, when that one ends in "；" and this one names no period before its cue."""
    if not asked:
        return None
    cue = RESPECTIVE_CUE.search(sentence)  # 各 too ("于3月和9月各下调…0.25个百分点和0.5个百分点"), values joined
    if cue is None:
        return _slash_listed(sentence, spans, asked)
    before = [m for m in mentions(sentence) if m.start < cue.start()]
    if not before and lead.rstrip().endswith(("；", ";")) and RESPECTIVE_CUE.search(lead):
        before = [m for m in mentions(lead) if m.start < RESPECTIVE_CUE.search(lead).start() and len(m.years) >= 2]
    labels: list[object] = []
    if before and len(before[-1].years) >= 2 and not before[-1].parts:
        labels = sorted(before[-1].years)
    else:
        run: list = []  # the last run of single labels joined by "/", "、" ("Q1/Q2/Q3/Q4")
        for start, end, label, is_part in reversed(_labelled(sentence, before)):
            if label is None or run and (is_part != run[-1][3]
                                         or not re.fullmatch(r"[\s/、,，和及与]*", sentence[end:run[-1][0]])):
                break
            run.append((start, end, label, is_part))
        if len(run) >= 2:
            labels = [item[2] for item in reversed(run)]
    if len(labels) < 2:
        return None
    ahead = cue.group() != "respectively"
    # "分别为-1.26亿元、0.38亿元": the analysis's signed figure and the bare number inside it are one place of the list.
    spans = [(a, b) for a, b in spans if not (sentence[a - 1:a] in ("-", "−", "+") and (a - 1, b) in spans)]
    listed = [span for span in spans if (span[0] > cue.start()) == ahead]
    listed = listed[:len(labels)] if ahead else listed[-len(labels):]
    if len(listed) != len(labels) or cue.group() == "各" and not all(
            re.fullmatch(r"\s*(?:和|及|与|、|/|，|,)\s*", sentence[a[1]:b[0]]) for a, b in zip(listed, listed[1:])):
        return None
    wanted = [*((y, p) for y in sorted(asked.years) for p in sorted(asked.parts)), *sorted(asked.years), *sorted(asked.parts)]
    for want in wanted:
        if want in labels:
            return listed[labels.index(want)]
    return None


def _labelled(sentence: str, mentions_before: list) -> list[tuple[int, int, object, bool]]:
    """Each mention as (start, end, label, is a part): one year, one part, or None. A year written right before a
    part ("2024年、2025年及2026年1-9月分别…") is one label, the year's part, that goes in a run of years."""
    items: list[tuple[int, int, object, bool]] = []
    for m in mentions_before:
        single_part, single_year = len(m.parts) == 1 and not m.years, len(m.years) == 1 and not m.parts
        if single_part and items and isinstance(items[-1][2], int) and not sentence[items[-1][1]:m.start].strip():
            start, _, year, _ = items.pop()
            items.append((start, m.end, (year, next(iter(m.parts))), False))
            continue
        label = next(iter(m.parts or m.years)) if single_part or single_year else None
        items.append((m.start, m.end, label, single_part))
    return items


def label_at(sentence: str, at: int) -> tuple[frozenset[int], frozenset[str]] | None:
    """The years and part of the number at `at` when it is one of a Chinese 分别 list over a run of periods with a
    year's part in it ("2024年、2025年及2026年1-9月分别实现营业收入7.84亿元、9.62亿元和8.15亿元": 9.62亿元 is
    2025's, not "2024年至2026年1-9月"'s); None when the list does not say, or the run holds no such part."""
    cues = [c for c in RESPECTIVE_CUE.finditer(sentence) if c.group() == "分别" and c.end() <= at]
    if not cues:
        return None
    items = _labelled(sentence, [m for m in mentions(sentence) if m.start < cues[0].start()])
    run: list = []
    for start, end, label, is_part in reversed(items):
        if label is None or is_part or run and not re.fullmatch(r"[\s、,，和及与]*", sentence[end:run[-1][0]]):
            break
        run.append((start, label))
    labels = [label for _, label in run[::-1]]
    if len(labels) < 2 or not any(isinstance(label, tuple) for label in labels):
        return None
    clause = re.search(r"[，,。；;]|$", sentence[cues[-1].end():]).start() + cues[-1].end()
    numbers = [m.start() for m in re.finditer(r"(?<![\d.])\d+(?:\.\d+)?", sentence[:clause]) if m.start() >= cues[-1].end()]
    if at not in numbers or len(numbers) != len(labels):
        return None
    label = labels[numbers.index(at)]
    return (frozenset({label[0]}), frozenset({label[1]})) if isinstance(label, tuple) else (frozenset({label}), frozenset())


def _slash_listed(sentence: str, spans: list[tuple[int, int]], asked: Period) -> tuple[int, int] | None:
    """"2019/23年全球人造草市场规模178/273亿元": years joined by "/" and, later in the clause, as many numbers
    joined by "/" pair up in order, so 2023 asked is the 273, not the first number."""
    for m in mentions(sentence):
        if len(m.years) < 2 or m.parts or "/" not in sentence[m.start:m.end]:
            continue
        labels = sorted(m.years)
        after = [span for span in spans if span[0] >= m.end]
        if not after or re.search(r"[，,。；;]", sentence[m.end:after[0][0]]):
            continue
        run = slash_runs(sentence, after)[0]
        if len(run) == len(labels):
            wanted = [y for y in sorted(asked.years) if y in labels]
            return run[labels.index(wanted[0])] if wanted else None
    return None
