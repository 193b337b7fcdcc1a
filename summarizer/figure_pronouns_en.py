"""An English sentence whose subject is "It" measures what the sentence before was about.

"Bitcoin climbed above $100,000 on Thursday… It was last up 4.2% at $101,350.": 4.2% and $101,350
are bitcoin's; with no noun in their own sentence they had no subject at all. Only a figure with no
subject is given one, and only the subject of the first figure of the sentence right before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_subjects_en_taking import COUNTING_UNITS
from summarizer.model import Figure

_IT_OPENS_RE = re.compile(r"\s*It\s+(?:was|is|had|has|traded|ended|closed|stood|last|rose|fell|jumped|slid|dropped|gained|lost"
                          r"|climbed|slipped|added|shed|hit|touched)\b")

# "It was last year that the company first passed $1 billion", "It is likely that…": the "It" of a
# cleft or of an opinion stands for nothing said before.
_CLEFT_RE = re.compile(r"\s*It\s+(?:was|is|has\s+been)\b[^,;.]{0,40}?\s(?:that|when|who|which)\b")


def carry_it_subject(sentence: str, figures: list[Figure], before: Sequence[Figure]) -> list[Figure]:
    """`figures` of `sentence`, those with no subject given the topic of the sentence before."""
    if not _IT_OPENS_RE.match(sentence) or _CLEFT_RE.match(sentence) or not before:
        return figures
    topic = next((f.subject for f in before if f.kind == "figure" and f.subject), None)
    if topic is None or topic[:1].islower():
        return figures  # a bare "revenue" names no thing a pronoun could stand for
    # "It added 3,412 employees": a count that names what it counts makes "It" the actor, not the topic.
    return [replace(f, subject=topic) if f.kind == "figure" and f.subject is None and f.unit not in COUNTING_UNITS
            else f for f in figures]


def last_sentence_figures(found: list[Figure]) -> list[Figure]:
    """The figures of the last sentence with any, read from the end (the whole list at each
    sentence was quadratic: seconds on a long text with a figure in every sentence)."""
    start = len(found)
    while start and found[start - 1].sentence_index == found[-1].sentence_index:
        start -= 1
    return found[start:]
