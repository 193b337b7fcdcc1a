"""A measure's code asked, written out in the text: "What was Harrowgate's CET1 ratio?" is answered by "The bank's
common equity tier 1 ratio … rose to 14.6%". A code of letters and digits ("M3", "5G", "X9") names one thing and must
be written; a code that is one of the metric table's spellings is written just as well by its other spellings."""

from __future__ import annotations

from summarizer.answer.metrics import METRIC_OF, METRICS

__all__ = ["spelled_out"]


def spelled_out(code: str, folded: str) -> bool:
    """Does the folded text write the measure that `code` abbreviates in full (several words, or Chinese)?"""
    group = METRIC_OF.get(code)
    if group is None:
        return False
    return any(spelling in folded for spelling in METRICS[group]
               if spelling != code and (" " in spelling or not spelling.isascii()) and code not in spelling)
