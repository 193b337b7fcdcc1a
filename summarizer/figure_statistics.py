"""A trial's test statistics: "(hazard ratio 0.79; p<0.001)", "（HR=0.62，P<0.001）". Found by the fifteenth round of
news written for the purpose (a drug trial: benchmarks/data/figures_written15.json).

A p-value says how sure the result is, not how large: shown as a key figure it lost its "<" and took the
sentence's subject ("The primary endpoint: 0.001"), a number a reader would take for the result. It is no key
figure. A ratio written after its name (hazard ratio, odds ratio, relative risk, HR/OR/RR) is that ratio's,
not the endpoint's the clause named before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_second_look import figure_place
from summarizer.model import Figure

__all__ = ["trial_statistics"]

_P_VALUE = re.compile(r"(?:\b[pP]|[pP]值)\s*(?:value\s*)?[<=>≤≥＜＝]\s*$")
_RATIO = re.compile(r"(?P<name>\b(?:hazard|odds)\s+ratio|\brelative\s+risk|\b(?:HR|OR|RR)|风险比|比值比)\s*(?:=|＝|of|was|:|：|为)?\s*$")


def trial_statistics(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` with p-values made ids and ratios named after themselves."""
    out: list[Figure] = []
    for figure in figures:
        place = figure_place(figure, sentences)
        if place is not None and figure.unit is None:
            before = place[1]
            if _P_VALUE.search(before):
                figure = replace(figure, kind="id", rank=None)
            elif ratio := _RATIO.search(before):
                figure = replace(figure, subject=ratio.group("name"), change=None)
        out.append(figure)
    return out
