"""What an English outlook is of, when its clause names it only before the verb or not at all.

"The bank had expected inflation to fall to 3.0% by the end of the year; it now forecasts 2.7%": the 3.0% is
inflation's (named between the verb of expecting and "to fall"), and the 2.7% that follows, with no noun of its
own, is the same measure's new forecast. The clause reader found no subject for either, so both were shown with
their whole clause. And "A co-defendant, Sorrel Generics, agreed to pay $58 million": the appositive names who
the role is; the role alone ("A co-defendant") says nothing a reader can place.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_second_look import figure_place
from summarizer.model import Figure

__all__ = ["outlook_subjects"]

logger = logging.getLogger(__name__)

_EXPECTED_TO = re.compile(r"\b(?:expected|expects|expect|forecast|forecasts|projected|projects|sees|saw)\s+"
                          r"((?:[a-z][a-z\-]*\s+){0,2}?[a-z][a-z\-]*)\s+to\s+(?:fall|rise|drop|climb|ease|slow|reach|peak"
                          r"|hit|average|grow|decline|increase|settle)\s+(?:to\s+|at\s+|by\s+)?(?:about\s+|around\s+)?$")
_NOW_FORECASTS = re.compile(r"[;,]\s+(?:it|she|he|they|the\s+bank|the\s+company)\s+now\s+(?:forecasts|expects|sees|projects|"
                            r"predicts)\s+(?:about\s+|around\s+)?$")
_NOT_A_MEASURE = frozenset(("it", "them", "the", "prices", "that", "this", "us", "we", "they"))
_APPOSITIVE = re.compile(r"^\W*((?:A|An|The|Its|Their)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}),\s+"
                         r"((?:[A-Z][\w&\-]*\s+){0,3}[A-Z][\w&\-]*),\s")


def outlook_subjects(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` with the measure an outlook is of, and a role's name from its appositive."""
    out: list[Figure] = []
    for figure in figures:
        place = figure_place(figure, sentences)
        if place is not None:
            sentence, before, _ = place
            if figure.subject is None and (expected := _EXPECTED_TO.search(before)) \
                    and expected.group(1) not in _NOT_A_MEASURE:
                figure = replace(figure, subject=expected.group(1))
            elif figure.subject is None and _NOW_FORECASTS.search(before):
                earlier = next((f.subject for f in reversed(out) if f.sentence_index == figure.sentence_index
                                and f.kind == "figure" and f.subject), None)
                if earlier:
                    figure = replace(figure, subject=earlier)
            elif figure.subject and (role := _APPOSITIVE.match(sentence)) \
                    and figure.subject.lower() == role.group(1).lower() and len(before) > role.end():
                figure = replace(figure, subject=role.group(2))
        out.append(figure)
    return out
