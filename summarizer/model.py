"""Result types of the summarizer: frozen, JSON-ready, and rebuildable from JSON.

Results are cached in SQLite and compared in tests, so they are immutable and
round-trip exactly through `to_dict()` / `from_dict()`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

# A figure's normalized value: a number, a half-open [low, high) range, or unknown.
FigureValue = float | tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One key sentence of the source text; `index` is its position among all sentences.

    `text` is what a reader is shown: the sentence itself (without the wire dateline an English
    paragraph may open with, "LONDON — "), or its head cut at a clause
    boundary and ended with "…" when it is longer than a readable cap (`trimmed`).
    """

    index: int
    text: str
    score: float
    paragraph: int = 0
    trimmed: bool = False


@dataclass(frozen=True, slots=True)
class Keyword:
    word: str
    score: float


@dataclass(frozen=True, slots=True)
class Figure:
    """A number stated in the text, with what it is about.

    `kind` is "figure" for key figures; "date" and "id" (years, phone numbers,
    stock codes, URLs…) are kept for completeness but never ranked.
    """

    text: str
    value: FigureValue
    unit: str | None
    approx: str | None
    change: str | None
    period: str | None
    subject: str | None
    context: str
    sentence_index: int
    rank: int | None = None
    kind: str = "figure"
    # What a change is measured against, when the text says so: "同比"/"环比" in Chinese,
    # "year on year"/"quarter on quarter"/"month on month" in English. A 环比 rise shown
    # without it reads like the year-on-year one.
    basis: str | None = None
    # "estimate" when the number is what others expected (analysts, the market, a
    # consensus), not what the company reported: such a figure is kept but never ranked,
    # so it is not shown as the company's result. "forecast" when it is an outlook
    # (guidance, 预计…): ranked, and shown with that word.
    estimate: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if isinstance(self.value, tuple):
            data["value"] = list(self.value)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        value = data.get("value")
        if isinstance(value, list):
            value = (float(value[0]), float(value[1]))
        return cls(**{**_known(cls, data), "value": value})


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what. `kind` is "direct" (quoted words) or "indirect" (reported speech).

    `question` is the question an interview answer answers, as the text asks it ("记者：今年三季度
    公司的产能利用率是多少？"): "大概在78%左右" alone says nothing of what is 78%."""

    speaker: str | None
    speaker_title: str | None
    text: str
    kind: str
    sentence_index: int
    question: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the summarizer found in one text.

    `sentences` are the chosen key sentences, in document order; `sentence_count`
    is the number of sentences in the whole text. `summary_length` is how many key
    sentences the summarizer recommends showing by default (the best ones by score):
    every front end shows that many unless the reader asks for another number, even
    when more were requested as candidates.
    """

    lang: str
    sentences: tuple[Sentence, ...]
    keywords: tuple[Keyword, ...]
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    title: str | None = None
    sentence_count: int = 0
    char_count: int = 0
    engine: str = "fast"
    version: str = ""
    summary_length: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "title": self.title,
            "engine": self.engine,
            "version": self.version,
            "sentence_count": self.sentence_count,
            "char_count": self.char_count,
            "summary_length": self.summary_length,
            "sentences": [asdict(s) for s in self.sentences],
            "keywords": [asdict(k) for k in self.keywords],
            "figures": [f.to_dict() for f in self.figures],
            "quotes": [asdict(q) for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            lang=data["lang"],
            title=data.get("title"),
            engine=data.get("engine", "fast"),
            version=data.get("version", ""),
            sentence_count=data.get("sentence_count", 0),
            char_count=data.get("char_count", 0),
            summary_length=data.get("summary_length", 0),
            sentences=tuple(Sentence(**_known(Sentence, s)) for s in data.get("sentences", ())),
            keywords=tuple(Keyword(**_known(Keyword, k)) for k in data.get("keywords", ())),
            figures=tuple(Figure.from_dict(f) for f in data.get("figures", ())),
            quotes=tuple(Quote(**_known(Quote, q)) for q in data.get("quotes", ())),
        )

    @property
    def key_figures(self) -> tuple[Figure, ...]:
        """Ranked key figures only (dates and ids left out), best first."""
        ranked = [f for f in self.figures if f.kind == "figure" and f.rank is not None]
        return tuple(sorted(ranked, key=lambda f: f.rank or 0))


@dataclass(frozen=True, slots=True)
class Article:
    """A fetched or pasted article: clean main text plus whatever metadata was found."""

    text: str
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as found
    lang: str | None = None
    source_type: str = "text"  # "html", "pdf", "text"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(**_known(cls, data))


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Keep only the keys `cls` declares, so older or newer cached JSON still loads."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
