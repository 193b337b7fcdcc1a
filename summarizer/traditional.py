"""Traditional Chinese is analysed in simplified form and shown as written.

Every rule of the summarizer (units such as 亿元, verbs such as 增长/表示, periods,
jieba's dictionary) is written for simplified characters, so a Hong Kong or Taiwan
text (營收1,928億元，同比增長15%) would lose its units, subjects and speakers. Rather
than doubling every rule, the text is folded character by character to simplified
(OpenCC's t2s character table, the one `summarizer.terms.fold` uses), analysed, and
every string the reader is shown is put back into the characters of the source:
a summary never shows a character the article did not contain.

Folding one character to one character keeps positions, so a shown string found in
the folded text maps back exactly to the same slice of the source. Strings that are
not a slice (a subject put together from two places, a trimmed sentence) go back
character by character, with the form this very text uses for each character.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace

from summarizer.model import Analysis, Figure, Keyword, Quote, Sentence

__all__ = ["Restorer", "to_simplified"]

logger = logging.getLogger(__name__)

_ELLIPSIS = "…"
_table: dict[int, int | str] | None = None


def _script_table() -> dict[int, int | str]:
    """The t2s part of the fold table: full-width forms and case are left alone here,
    because normalize() has already repaired what the rules need of them."""
    global _table
    if _table is None:
        from summarizer.terms import t2s_table

        _table = t2s_table()
    return _table


_unique: dict[str, str] | None = None


def _unique_traditional() -> dict[str, str]:
    """What a traditional text's shown string gets for a character the rules added (a subject
    completed to 出口额) that the text itself never wrote: its only traditional form, if it has one."""
    global _unique
    if _unique is None:
        from summarizer.terms import unique_traditional_forms

        _unique = unique_traditional_forms()
    return dict(_unique)


def to_simplified(text: str) -> str:
    """`text` with each traditional character replaced by its simplified form (same length)."""
    return text.translate(_script_table())


class Restorer:
    """Maps strings of the folded text back to the characters of the source."""

    def __init__(self, folded: str, source: str) -> None:
        if len(folded) != len(source):
            raise ValueError("folding must keep the length of the text")
        self._folded = folded
        self._source = source
        changed: Counter[tuple[str, str]] = Counter()
        kept: Counter[str] = Counter()
        for simple, written in zip(folded, source):
            if simple != written:
                changed[(simple, written)] += 1
            else:
                kept[simple] += 1
        chars: dict[str, str] = _unique_traditional() if changed else {}
        best: dict[str, int] = {}
        for (simple, written), count in changed.items():
            # A character the text writes both ways goes back to the form it uses most.
            if count > kept[simple] and count > best.get(simple, 0):
                chars[simple], best[simple] = written, count
        self._chars = str.maketrans(chars) if chars else None

    def text(self, value: str) -> str:
        if not value:
            return value
        at = self._folded.find(value)
        if at >= 0:
            return self._source[at:at + len(value)]
        if value.endswith(_ELLIPSIS):
            head = value[: -len(_ELLIPSIS)]
            at = self._folded.find(head) if head else -1
            if at >= 0:
                return self._source[at:at + len(head)] + _ELLIPSIS
        return value.translate(self._chars) if self._chars else value

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def analysis(self, analysis: Analysis) -> Analysis:
        """The same analysis with every shown string in the source's characters.

        Normalized labels (unit, period, basis, approx) stay simplified: they are
        compared by code (charts, /ask), not shown as quotations of the text.
        """
        return replace(
            analysis,
            sentences=tuple(self._sentence(s) for s in analysis.sentences),
            keywords=tuple(Keyword(self.text(k.word), k.score) for k in analysis.keywords),
            figures=tuple(self._figure(f) for f in analysis.figures),
            quotes=tuple(self._quote(q) for q in analysis.quotes),
        )

    def _sentence(self, sentence: Sentence) -> Sentence:
        return replace(sentence, text=self.text(sentence.text))

    def _figure(self, figure: Figure) -> Figure:
        return replace(figure, text=self.text(figure.text), context=self.text(figure.context),
                       subject=self.optional(figure.subject))

    def _quote(self, quote: Quote) -> Quote:
        return replace(quote, speaker=self.optional(quote.speaker),
                       speaker_title=self.optional(quote.speaker_title), text=self.text(quote.text))
