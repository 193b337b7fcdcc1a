"""Entities a sentence must name itself to answer for them: the title or the lead naming them is not enough.

A route ("上海至美西", see `routes`) is one: the article's other lines are about other routes or the whole market.
The broker whose rating is asked ("What rating does Oakridge give Fennick?") is another: a consensus line in the
same note ("Of the 27 analysts covering Fennick, 12 rate the stock "buy"…") is other analysts' ratings, and was
cited for Oakridge's because the note's title named Oakridge."""

from __future__ import annotations

import re

from summarizer.answer.names import Entity

__all__ = ["NamedHere", "rater_named_here"]


class NamedHere(Entity):
    """An entity that only a sentence naming it answers for."""

    __slots__ = ()


# "What rating does Oakridge give Fennick?", "How does Oakridge rate Fennick?", "What is Oakridge's rating on…"
_RATER = re.compile(r"\b(?:what (?:rating|recommendation) (?:does|did|do) |how (?:does|did|do) |what is |what's )"
                    r"(?P<who>[a-z][\w&.' ]*?)(?:['’]s (?:rating|recommendation)| give| have| assign| put| rate)\b")


def rater_named_here(folded: str, entities: list[Entity]) -> list[Entity]:
    """The rater a question asks about must be named by the sentence that answers."""
    found = _RATER.search(folded)
    if not found:
        return entities
    who = found.group("who").strip()
    return [NamedHere(**{f: getattr(e, f) for f in ("text", "candidates", "aliases", "sure", "subject")})
            if e.text and who.endswith(e.text) else e for e in entities]
