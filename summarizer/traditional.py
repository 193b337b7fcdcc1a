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

__all__ = ["Restorer", "is_traditional", "to_simplified"]

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


def is_traditional(text: str, share: float = 0.05) -> bool:
    """Whether `text` is written in traditional characters: at least `share` of its Chinese
    characters fold to another one (simplified text: none; Hong Kong and Taiwan news: 20-40%)."""
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if not han:
        return False
    changed = sum(1 for a, b in zip(text, to_simplified(text)) if a != b)
    return changed >= share * han


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
        # A long text shows the same strings many times (a sentence per figure in it).
        self._cache: dict[tuple[str, str | None], str] = {}

    def text(self, value: str, within: tuple[str, str] | None = None) -> str:
        """`value` (a string of the folded text) in the source's characters.

        `within` is a (folded, restored) pair of a string that holds `value` (a figure's
        context): looked up there first, so a figure shows the characters of its own
        sentence even where the text writes the same words another way elsewhere.
        """
        if not value:
            return value
        key = (value, within[0] if within else None)
        if (hit := self._cache.get(key)) is not None:
            return hit
        self._cache[key] = result = self._restore(value, within)
        return result

    def _restore(self, value: str, within: tuple[str, str] | None) -> str:
        if within and (at := within[0].find(value)) >= 0:
            return within[1][at:at + len(value)]
        at = self._folded.find(value)
        if at >= 0:
            return self._source[at:at + len(value)]
        if value.endswith(_ELLIPSIS):
            head = value[: -len(_ELLIPSIS)]
            at = self._folded.find(head) if head else -1
            if at >= 0:
                return self._source[at:at + len(head)] + _ELLIPSIS
        return self._pieces(value, within)

    def _pieces(self, value: str, within: tuple[str, str] | None) -> str:
        """A string put together from several places ("台积电（台灣積體電路製造）" + "营收"):
        each longest piece found in `within`, else in the text, goes back as that slice, so
        every name keeps the characters it is written with; what is found nowhere goes back
        character by character."""
        places = ((within,) if within else ()) + ((self._folded, self._source),)
        out: list[str] = []
        i = 0
        while i < len(value):
            for folded, source in places:
                j = i + 1
                while j < len(value) and folded.find(value[i:j + 1]) >= 0:
                    j += 1
                if j - i >= 2 and (at := folded.find(value[i:j])) >= 0:
                    out.append(source[at:at + j - i])
                    i = j
                    break
            else:
                out.append(value[i].translate(self._chars) if self._chars else value[i])
                i += 1
        return "".join(out)

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def analysis(self, analysis: Analysis) -> Analysis:
        """The same analysis with every shown string in the source's characters.

        Normalized labels (unit, period, basis) stay simplified: they are compared by code
        (charts, /ask), not shown as quotations of the text. The approximation is shown
        in front of its figure, so it is the source's (約, 逾); code compares it folded.
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
        context = self.text(figure.context)
        within = (figure.context, context)
        # The approximation is shown in front of the figure (約2.2倍), so it is written as the source wrote it.
        return replace(figure, text=self.text(figure.text, within), context=context,
                       subject=None if figure.subject is None else self.text(figure.subject, within),
                       approx=None if figure.approx is None else self.text(figure.approx, within))

    def _quote(self, quote: Quote) -> Quote:
        return replace(quote, speaker=self.optional(quote.speaker),
                       speaker_title=self.optional(quote.speaker_title), text=self.text(quote.text),
                       question=self.optional(quote.question))
