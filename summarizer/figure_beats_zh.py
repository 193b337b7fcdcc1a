"""A result measured against what was expected: "光伏发电量比交银预期高约10%".

The clause names what beat the expectation (光伏发电量) and the figure is by how much. Read clause
by clause, the subject in front of 比 was lost to the expectation: the figure took the subject of an
earlier clause ("大唐新能源总发电量") and was marked a forecast, because 预期 stands before it. The
figure is the gap between a result and a forecast, so it is the result's, and no forecast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["beat_subjects"]

_BEAT_RE = re.compile(
    r"(?:^|[，,；;。：:])\s*(?:而|但|且|其中|同时)?\s*(?P<what>[\u4e00-\u9fffA-Za-z]{2,12}?)比"
    r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:一致预期|预期|预测|预估|指引|估计)(?:值)?"
    r"(?:高出|高|低|多|少|增加|减少|超出)(?:了)?(?:约|近|超|逾)?\s*$")


def beat_subjects(figures: Sequence[Figure]) -> list[Figure]:
    """`figures` with each beat or miss of an expectation given its own subject and no estimate mark."""
    out = []
    for figure in figures:
        context = figure.context or ""
        at = context.find(figure.text)
        if figure.kind == "figure" and at > 0 and (m := _BEAT_RE.search(context[:at])):
            figure = replace(figure, subject=m.group("what"), estimate=None)
        out.append(figure)
    return out
