"""`Context`: one sentence with what its article says around it, the input of every check of
`constraints`. Kept apart and low (it needs only `clause_owners`), so the small check modules that
take a `Context` import it from here, not from `constraints`, which imports them."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.answer.clause_owners import claimers as _claimers_cached

__all__ = ["Context"]


@dataclass(slots=True)
class Context:
    """One sentence with what its article says around it (all folded)."""

    sentence: str
    original: str
    title: str = ""
    preceding: tuple[str, ...] = ()  # nearest first
    opening: tuple[str, ...] = ()
    year_now: int | None = None
    # For a title or an opening sentence: the sentences right after it (the lead), which
    # state the year its headline leaves out ("一季度净利润增长35%" then "发布2025年一季报").
    lead: tuple[str, ...] = ()
    # The same texts as written (case kept, for English names): preceding[:3], title, opening.
    raw: tuple[str, ...] = ()
    around: tuple[str, ...] = ()  # the same as written, kept even when `raw` is left empty
    _claimers: list[tuple[int, int, str]] | None = None

    def claimers(self) -> list[tuple[int, int, str]]:
        if self._claimers is None:
            self._claimers = list(_claimers_cached(self.sentence, self.original))
        return self._claimers

