"""An English subject that is a title in quotation marks: a film, a book, a show, a game.

'"Starfall," the space adventure from Meridian Pictures, opened to $86.5 million' and "Last
weekend's champion, the horror sequel "Hollow Night 2," fell 58%": the quotation marks end a
clause for the general reader of subjects, so the first figure had no subject and the second
the description in front of the name. When the words before the figure's clause hold one
title in quotation marks and no verb, the title is what the figure measures.
"""

from __future__ import annotations

import re

from summarizer.figure_lexicon import EN_VERBS

__all__ = ["quoted_title"]

_QUOTED_RE = re.compile(r"[“\"]([^”\"]{1,60})[”\"]")


def quoted_title(head: str) -> str | None:
    """The title in quotation marks that `head` (the words before a figure's clause) names, if
    `head` is a noun phrase around it (no verb outside the quotation marks)."""
    quoted = _QUOTED_RE.findall(head)
    if len(quoted) != 1:
        return None
    title = quoted[0].strip().rstrip(",").strip()
    if not title[:1].isupper() or len(title.split()) > 6:
        return None
    outside = _QUOTED_RE.sub(" ", head)
    if re.search(r"[.;:!?]\s", outside) or any(word.lower() in EN_VERBS for word in re.findall(r"[A-Za-z]+", outside)):
        return None
    return title
