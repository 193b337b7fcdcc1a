"""The direction of "raised the price of its blood-pressure pill by as much as 380%".

The English change reader looks a few words back for the verb of a change; a verb with a long object before "by"
("raised the price of its blood-pressure pill by as much as") is out of its reach, and the figure was shown with no
direction, as a level. A figure with no direction right after "by" (and an approximation word), whose clause has a
verb that moves its object (raise, increase, boost, lift / cut, lower, reduce, trim) before the object and the "by",
moves up or down with that verb.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_second_look import figure_place
from summarizer.model import Figure

__all__ = ["object_moves"]

logger = logging.getLogger(__name__)

_MOVED_BY = re.compile(r"\b(?:(?P<up>raised|raises|raise|increased|increases|boosted|boosts|lifted|lifts|hiked|hikes)"
                       r"|(?P<down>cut|cuts|lowered|lowers|reduced|reduces|trimmed|trims|slashed|slashes))"
                       r"\s+(?:the|its|their|his|her|our)\s+[^,;.\d]{3,80}?\s+by\s+"
                       r"(?:as\s+much\s+as\s+|about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$")


def object_moves(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` with the direction of a change its verb's object was moved by."""
    out: list[Figure] = []
    for figure in figures:
        place = figure_place(figure, sentences) if figure.change is None else None
        if place is not None and (moved := _MOVED_BY.search(place[1])):
            figure = replace(figure, change="up" if moved.group("up") else "down")
        out.append(figure)
    return out
