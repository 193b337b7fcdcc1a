"""When a result was reported is not the period it covers, in English: "Rival Eastmoor Group reported a 4% rise in
quarterly profit to 2.05 billion pounds last week" dated the profit "last week". A figure whose clause reports it
(reported, posted, announced, said) and whose period is only the week or day of the report ("last week", "this week",
"yesterday", "today") is left without a period: a reader would take it for a weekly figure. "Store sales rose 5% last
week" reports nothing and keeps its week."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["undate_report_times"]

_REPORT_TIME = re.compile(r"^(?:last|this) week$|^yesterday$|^today$", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:reported|reports|posted|posts|announced|announces|said|says|disclosed)\b")


def undate_report_times(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    out = []
    for figure in figures:
        if figure.kind == "figure" and figure.period and _REPORT_TIME.match(figure.period) \
                and 0 <= figure.sentence_index < len(sentences):
            sentence = sentences[figure.sentence_index]
            at = sentence.find(figure.text)
            clause = re.split(r"[,;]\s", sentence[:at])[-1] if at >= 0 else ""
            if _REPORTED.search(clause):
                figure = replace(figure, period=None)
        out.append(figure)
    return out
