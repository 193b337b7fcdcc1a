"""A rival's measure told by its possessive alone, in English: "Ardent's gross margin fell to 14.8%, while Volta's held
at 19.5%". The second clause leaves the measure out, and its figure was read with the subject "Volta": a company, not
what is measured. The measure is the one of the figure before it in the same sentence, owned by the name written with
the possessive ("Volta's gross margin"). A figure of its own clause that names its measure is left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["elliptic_possessives"]

# "while Volta's held at", "and Samsung's fell": a capitalised name, its possessive, then a verb (no noun between).
_ELLIPTIC = re.compile(r"(?:^|[,;]\s+|\b(?:while|whereas|and|but)\s+)((?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)['’]s\s+"
                       # (a regular past or present tense, or an irregular past)
                       r"(?:(?:also|only|just|still|barely)\s+)?(?:[a-z]+(?:ed|s)|held|rose|fell|grew|was|were|stood|"
                       r"came|slid|sank|shrank|hit)\b")
# The owner's possessive opening a subject ("Ardent's gross margin"): what is left is the measure.
_OWNER = re.compile(r"^(?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*['’]s\s+(?=[a-z])")


def elliptic_possessives(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    out: list[Figure] = []
    for figure in figures:
        out.append(_named(figure, sentences, out) or figure)
    return out


def _named(figure: Figure, sentences: Sequence[str], before: list[Figure]) -> Figure | None:
    if figure.kind != "figure" or not figure.subject or not 0 <= figure.sentence_index < len(sentences):
        return None
    sentence = sentences[figure.sentence_index]
    at = sentence.find(figure.text)
    clause = next((m for m in _ELLIPTIC.finditer(sentence, 0, at if at > 0 else len(sentence))
                   if m.group(1).strip() == figure.subject.strip()), None)
    if clause is None or at < clause.end() or re.search(r"[,;]", sentence[clause.end():at]):
        return None
    earlier = next((f for f in reversed(before) if f.kind == "figure" and f.sentence_index == figure.sentence_index
                    and f.subject and sentence.find(f.text) < clause.start()), None)
    if earlier is None:
        return None
    measure = _OWNER.sub("", earlier.subject)
    if not measure or measure == earlier.subject and measure[:1].isupper():
        return None
    name = figure.subject.strip()
    return replace(figure, subject=f"{name}'s {measure}")
