"""The order key figures are shown in: what a reader should see first.

Figures of the key sentences and of the lead come first, then those with a subject and a
change; a base a result is compared with, and a repeat of a figure already ranked, go last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.figure_repeats import same_fact
from summarizer.figure_subjects import replace_figure
from summarizer.model import Figure

__all__ = ["BASE_BEFORE_RE", "PAST_PERIOD_RE", "lead_of", "opens_with_headline", "rank_figures"]

BASE_BEFORE_RE = re.compile(
    r"(?:\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against|than)\s+(?:(?:a|an|the)\s+)?"
    r"|(?:较|相比|相较于?)(?:\d{2,4}(?:[-~至]\d{2,4})?年(?:末|底|初)?|去年|上年|同期)?的?\s*)$", re.IGNORECASE)
PAST_PERIOD_RE = re.compile(
    r"去年|上年|前年|上一?(?:季度|年度|个?月)|同期|\b(?:last|previous|prior)\b|\b(?:earlier|ago|before)$", re.IGNORECASE)


_ABBREVIATION_RE = re.compile(r"[(（]([A-Za-z][A-Za-z0-9]{1,7})[)）]")


def _same_subject(first: str | None, second: str | None) -> bool:
    """Two spellings of one subject: equal, or a name with its abbreviation in brackets and a
    subject written with the abbreviation ("制造业采购经理指数（PMI）" and "制造业PMI")."""
    if first == second:
        return True
    if not first or not second:
        return False
    for full, short in ((first, second), (second, first)):
        for abbreviation in _ABBREVIATION_RE.findall(full):
            if abbreviation in short and short.replace(abbreviation, "") in _ABBREVIATION_RE.sub("", full):
                return True
    return False


def _key(fig: Figure) -> tuple[object, str | None]:
    return (tuple(fig.value) if isinstance(fig.value, list) else fig.value, fig.unit)


_ROUNDING_WORDS = {"逾": "over", "超": "over", "超过": "over", "more than": "over", "over": "over",
                   "近": "near", "接近": "near", "将近": "near", "nearly": "near", "almost": "near",
                   "约": "about", "大约": "about", "左右": "about", "about": "about", "around": "about"}


def _rounds_to(head: Figure, body: Figure) -> bool:
    """Is the headline's `head` the body's `body` rounded ("逾80亿元" for 81.6亿元, "增长23%" for 23.1%,
    "近5万辆" for 4.86万辆): same unit and direction, a subject in common, the value within what its words allow?"""
    if not (isinstance(head.value, float) and isinstance(body.value, float)) or head.value <= 0 or body.approx \
            or (head.unit, head.change) != (body.unit, body.change) or not head.subject or not body.subject:
        return False
    if head.subject.isascii():
        if not set(head.subject.lower().split()) & set(body.subject.lower().split()):
            return False  # no word in common
    elif not set(zip(head.subject, head.subject[1:])) & set(zip(body.subject, body.subject[1:])):
        return False  # no two characters in a row in common
    bound = _ROUNDING_WORDS.get(head.approx or "")
    if bound == "over":
        return head.value < body.value <= 1.2 * head.value
    if bound == "near":
        return 0.9 * head.value <= body.value < head.value
    if bound == "about":
        return 0.9 * head.value <= body.value <= 1.1 * head.value
    if head.approx:
        return False
    written = re.search(r"\d[\d,，]*(?:\.\d+)?", head.text)
    digits = re.sub(r"[,，]", "", written.group()) if written else ""
    if not digits or float(digits) == 0:
        return False
    step = 0.5 * 10 ** -(len(digits.split(".")[1]) if "." in digits else 0) * (head.value / float(digits))
    return 0 < abs(body.value - head.value) <= step


def _period_key(period: str | None) -> str | None:
    """"11月份" and "11月" are one period."""
    return period.replace("月份", "月") if period else period


def opens_with_headline(sentences: Sequence[str]) -> bool:
    """Whether the first sentence is a headline line (no end mark) with a body after it."""
    return len(sentences) > 1 and sentences[0].rstrip()[-1:] not in ".!?。！？；;…”\"'）)"


def lead_of(sentences: Sequence[str]) -> frozenset[int]:
    """The lead sentence: the first one, or the one after a headline line (no end mark)."""
    if not sentences:
        return frozenset()
    lead = {0, 1} if opens_with_headline(sentences) else {0}
    # "营业收入86.42亿元，同比增长23.15%；归母净利润9.87亿元…": a lead cut at ；goes on in its next part.
    last = max(lead)
    if sentences[last].rstrip()[-1:] in "；;" and last + 1 < len(sentences):
        lead.add(last + 1)
    return frozenset(lead)


def _first_fact(lead: frozenset[int], figures: Sequence[Figure]) -> int | None:
    """The first sentence with figures when the lead states none: after "11月20日晚间，X公布了
    三季度财报。", or a byline and a lead without numbers ("… reported a third-quarter profit"), the
    results come next, and a reader looks for them right after the headline's own figures."""
    if not lead:
        return None
    stated = {fig.sentence_index for fig in figures if fig.kind == "figure"}
    last = max(lead)
    if last in stated:
        return None
    return next((i for i in range(last + 1, last + 3) if i in stated), None)


def rank_figures(figures: list[Figure], key_indices: frozenset[int], lead: frozenset[int] = frozenset(),
                 headline: str | None = None, headline_at: int | None = None) -> tuple[Figure, ...]:
    """Figures of key sentences and of the lead first, then those with a subject and a
    change; ties keep text order. A figure that repeats one ranked above it (the headline's
    "增长23%" again in the lead) goes to the end, so the top three are three facts."""
    first_fact = _first_fact(lead, figures)

    headline_keys = {_key(f) for f in figures if f.kind == "figure" and f.sentence_index == headline_at}

    def importance(item: tuple[int, Figure]) -> tuple[float, int]:
        position, fig = item
        score = 4.0 * (fig.sentence_index in key_indices)
        # News puts its headline numbers in the first sentences (the key sentences
        # prefer statements to data, so the lead is often not among them).
        score += 6.0 * (fig.sentence_index in lead) + 2.0 * (fig.sentence_index == first_fact)
        # The lead states the headline's figure among others ("月增4.2%，年增18.6%" under "年增18.6%"):
        # the one the headline chose goes first.
        score += 1.0 * bool(headline and re.search(rf"(?<![\d.,]){re.escape(fig.text)}(?![\d])", headline))
        if fig.sentence_index != headline_at and _key(fig) in headline_keys and fig.sentence_index not in lead:
            score += 6.0  # the headline's figure, stated in the body: ranked where the headline's copy was
        score += 2.0 * (fig.subject is not None) + 2.0 * (fig.change is not None)
        score += 1.0 * (fig.unit is not None) + 0.5 * (fig.period is not None)
        # The base a result is compared with ("versus $3 million a year earlier", "较上年同期的…")
        # is context for the result, not a result of its own (a loss a year earlier too).
        at = fig.context.find(fig.text)
        if fig.change in (None, "loss") and ((fig.period and PAST_PERIOD_RE.search(fig.period))
                                   or (at > 0 and BASE_BEFORE_RE.search(fig.context[:at]))):
            score -= 3.0
        return (-score, position)

    # What analysts or the market expected is no result of the article's subject: kept, not ranked.
    ranked = sorted(
        ((i, f) for i, f in enumerate(figures) if f.kind == "figure" and f.estimate != "estimate"), key=importance
    )
    if headline_at is not None:
        # The headline's figure stated again in the body ("投资73亿欧元" over "项目总投资不超过73亿欧元"): the body's
        # line says it with its subject and bound, the headline's would list it twice.
        # …or rounded: "北向资金净买入逾80亿元" over the body's "净买入81.6亿元" is that figure, told less exactly.
        exact = [f for f in figures if f.kind == "figure" and f.sentence_index != headline_at]
        body = {_key(f) for f in exact}
        ranked = [item for item in ranked if item[1].sentence_index != headline_at
                  or _key(item[1]) not in body and not any(_rounds_to(item[1], f) for f in exact)]
    seen: set[tuple[object, str | None]] = set()
    # Subjects listed so far per line, and first-listed figures per value: looked up, not scanned
    # (a 200,000-character report holds thousands of figures).
    lines: dict[tuple[object, ...], list[str | None]] = {}
    fresh_by_value: dict[object, list[Figure]] = {}
    fresh, repeats = [], []
    for item in ranked:
        fig = item[1]
        key = _key(fig)
        value = key[0]
        # The same fact restated (same value, subject, direction and period) is listed once,
        # whether its subject is spelled out or abbreviated; so is a distinctive figure restated
        # under another name.
        line = (value, fig.unit, fig.change, _period_key(fig.period))
        if any(_same_subject(fig.subject, subject) for subject in lines.get(line, ())) or any(
                same_fact(kept, fig) for kept in fresh_by_value.get(value, ())):
            continue
        lines.setdefault(line, []).append(fig.subject)
        if key in seen:
            repeats.append(item)
        else:
            fresh.append(item)
            fresh_by_value.setdefault(value, []).append(fig)
        seen.add(key)
    ranked = fresh + repeats
    rank_of = {position: rank for rank, (position, _) in enumerate(ranked, start=1)}
    result = []
    for position, fig in enumerate(figures):
        if position in rank_of:
            fig = replace_figure(fig, rank=rank_of[position])
        result.append(fig)
    return tuple(result)
