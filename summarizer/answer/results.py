"""The result types of `/ask`: what goes in (passages), what comes out (answers),
and the parsed question in between. Frozen dataclasses, no logic beyond small views."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.answer.requirements import Constraints
from summarizer.answer.text import HAS_CJK as _HAS_CJK
from summarizer.model import Figure, Quote

# ---------------------------------------------------------------------------
# Result types


@dataclass(frozen=True, slots=True)
class Passage:
    """One candidate sentence from the index, with what is known about its article.

    `bm25` is the index's relevance, higher is better (SQLite's `bm25()` is
    negative-is-better: pass its negation). `figures` and `quotes` may hold the whole
    article's; only those with this `sentence_index` are used.
    """

    text: str
    article_id: int | str
    sentence_index: int
    title: str | None = None
    url: str | None = None
    date: str | None = None
    bm25: float = 0.0
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    # The whole article's sentences, when known: the context that names the company
    # or the period a sentence leaves out ("公司前三季度营收…").
    article: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Citation:
    title: str | None
    url: str | None
    date: str | None
    article_id: int | str


@dataclass(frozen=True, slots=True)
class AnswerSentence:
    """A stored sentence chosen as (part of) the answer.

    `highlight` is a (start, end) span in `text`: the key figure or quote, if any.
    `said_by` is the quote of this sentence whose speaker the sentence itself does not name
    ("“价格已经在底部区域徘徊…”" asked "谁说价格在底部"): a who-answer must name who.
    """

    text: str
    citation: Citation
    sentence_index: int
    score: float
    coverage: float
    highlight: tuple[int, int] | None = None
    said_by: Quote | None = None

    @property
    def highlighted(self) -> str | None:
        if self.highlight is None:
            return None
        start, end = self.highlight
        return self.text[start:end]


@dataclass(frozen=True, slots=True)
class Answer:
    """The best 1-3 sentences with citations, or an explicit abstention.

    `abstained` is True when nothing stored answers the question; `reason` then says
    why ("no_terms", "no_candidates", "below_threshold", "no_entity", "no_number",
    "constraint").

    When a constraint the question states is not met, `missing` names it ("entity",
    "period" or "metric"), `asked` is what the question asked for ("第三季度",
    "火星", "毛利率") and `available` what the articles have instead ("第二季度").
    `nearest` may hold the closest stored fact: it is NOT the answer, and is shown
    only labelled as such.
    """

    question: str
    sentences: tuple[AnswerSentence, ...] = ()
    abstained: bool = False
    reason: str | None = None
    kind: str = "fact"  # "number", "quote", "who", "role", "when" or "fact"
    confidence: float = 0.0
    missing: str | None = None
    asked: str | None = None
    available: tuple[str, ...] = ()
    nearest: AnswerSentence | None = None

    @property
    def citations(self) -> tuple[Citation, ...]:
        seen: dict[object, Citation] = {}
        for sentence in self.sentences:
            seen.setdefault(sentence.citation.article_id, sentence.citation)
        return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class Term:
    """A content term of the question and every spelling that counts as a match."""

    text: str
    alternatives: tuple[str, ...]
    entity: bool = False
    number: bool = False
    # Parts of a compound word, for partial credit when segmentation differs.
    parts: tuple[str, ...] = ()
    # An English word with no Chinese equivalent: it cannot be checked in Chinese text.
    english_only: bool = False
    # Dates in the question ("2024年", "4月") set the scene; they weigh half a word.
    weight: float = 1.0
    # The thing asked about ("净利润" in "腾讯的净利润是多少"): missing it is what
    # makes a question unanswerable, so it weighs more.
    focus: bool = False
    # Not a noun (jieba's part of speech): "最高" in "售价最高多少" is never the focus.
    modifier: bool = False
    # The word right before the question word ("增长" in "营收增长了多少"): the
    # number asked for follows it in the answer, so it anchors the highlight.
    anchor: bool = False


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    lang: str
    kind: str
    terms: tuple[Term, ...]
    strict_number: bool = False
    # The entity, period and metric the question states (see `constraints`).
    constraints: Constraints = field(default_factory=Constraints)

    @property
    def entities(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.entity)

    @property
    def focus(self) -> Term | None:
        return next((t for t in self.terms if t.focus), None)

    def search_queries(self) -> tuple[str, ...]:
        """One full-text query per script: Chinese spellings, then English ones.

        A single query mixing both would let a search that keeps only its rarest
        terms drop the words that matter (an English question's rare English
        words crowding out 腾讯 and 收入). Letters-and-digits tokens (GPU, 5G, 14%)
        read the same in both, so they go in each.
        """
        chinese: dict[str, None] = {}
        english: dict[str, None] = {}
        for term in self.terms:
            for alt in (*term.alternatives, *term.parts):
                if not alt or alt == "%":
                    continue
                if _HAS_CJK.search(alt):
                    chinese.setdefault(alt, None)
                elif term.number or re.fullmatch(r"[a-z]{0,5}\d[a-z0-9.%]*|[a-z]{2,5}", alt) and (
                    alt.upper() in self.text or any(c.isdigit() for c in alt)
                ):
                    chinese.setdefault(alt, None)
                    english.setdefault(alt, None)
                elif self.lang == "en":
                    english.setdefault(alt, None)
        if self.lang == "en":
            queries = [" ".join(chinese), " ".join(english)]
        else:
            # The words as asked first: the index looks for sentences holding all of
            # them, which synonyms (营收/营业收入/营业总收入) would never satisfy together.
            asked = dict.fromkeys(t.text for t in self.terms if _HAS_CJK.search(t.text) or t.number
                                  or t.text.upper() in self.text or any(c.isdigit() for c in t.text))
            rest = [alt for alt in chinese if alt not in asked]
            queries = [" ".join(asked), " ".join(rest)]
            # A Latin name in a Chinese question ("Calder第三季度营收") is written so in an English
            # article: search it with the English spellings of the other words.
            if any(t.text.isascii() and not t.number and re.fullmatch(r"[a-z][a-z\-&.']{2,}", t.text)
                   for t in self.terms):
                queries.append(" ".join(dict.fromkeys(
                    alt for t in self.terms for alt in t.alternatives if alt.isascii() and alt != "%")))
        return tuple(dict.fromkeys(q for q in queries if q))


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When to answer. Calibrated with `benchmarks/eval_ask.py` on our question set.

    `min_coverage`: the share of the question's content terms (weighted, see
    `_coverage`) that the sentence, or its title at `title_weight`, must contain.
    """

    min_coverage: float = 0.55
    # The same for a question whose entity and metric are checked on the
    # cited number (see `verify`).
    constrained_coverage: float = 0.25
    title_weight: float = 0.5
    partial_weight: float = 0.7
    # An English word with no Chinese equivalent counts this much in the denominator
    # when the sentence is Chinese: unknown, not absent.
    untranslated_weight: float = 0.35
    follow_ratio: float = 0.8  # further sentences need this share of the best score
    max_sentences: int = 3


DEFAULT_THRESHOLDS = Thresholds()

# Weights of the ranking score; coverage dominates, the rest orders near-ties.
W_COVERAGE = 1.0
W_BM25 = 0.25
W_ENTITY = 0.15
W_KIND = 0.35
W_SUBJECT = 0.2
FOCUS_WEIGHT = 2.0

