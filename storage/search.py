"""Search tokens: the one function that turns text into FTS5 terms.

SQLite's own tokenizers do not segment Chinese, so every sentence is segmented
here with jieba and stored in the FTS5 table as space-separated terms. Queries go
through the very same `search_terms()`, so an index term and a query term for the
same word can never differ.

Traditional characters are folded to simplified (臺灣 -> 台湾, 營收 -> 营收)
character by character with OpenCC's t2s table, applied through `str.translate`
(one C call instead of OpenCC's per-phrase Python loop). Folding only has to make
both sides equal, not produce idiomatic simplified text, so per-character is the
right granularity. English words are lower-cased.

jieba runs with HMM off, so a word is cut the same way in every context (HMM
guesses new words differently in different sentences, which would make a term
indexed yesterday unmatchable today). It uses jieba's default dictionary, the one
the summarizer loads too, so a process holds one copy (~70 MB) instead of two.
Nothing in newsbrief adds words to it; anything that ever does (a user dictionary)
must be followed by Store.rebuild_search_index().
"""

from __future__ import annotations

import logging
import math
import os
import re
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

logger = logging.getLogger(__name__)

# A change to search_terms() (dictionary, stop words, folding) needs
# Store.rebuild_search_index() on existing files, or old terms stop matching.

BM25_K1 = 1.2
BM25_B = 0.75
# Candidates scored per search, as a multiple of the hits asked for (at least CANDIDATES_MIN).
CANDIDATES_PER_HIT = 4
CANDIDATES_MIN = 50
# At most this many query terms are used, the rarest ones.
MAX_QUERY_TERMS = 8
# Sentence count the terms of the last-resort OR may add up to.
TERM_BUDGET = 20000

# Function words that match nearly every sentence: indexing them costs space and
# querying them costs time, and they never decide which sentence answers.
STOPWORDS = frozenset(
    "的 了 是 在 和 与 及 或 也 就 都 而 并 又 被 把 对 从 向 将 为 于 以 之 其 这 那 "
    "个 些 有 着 过 吗 呢 吧 啊 么 什么 怎么 如何 哪 哪些 多少 几 是否 我 你 他 她 它 "
    "我们 你们 他们 等 中 上 下 年 月 日 "
    "a an the of to in on at by for from with and or but is are was were be been "
    "being it its this that these those as into than then there what which who whom "
    "how why when where does did do has have had will would can could should may might "
    "about much many".split()
)

_PUNCT_ONLY = re.compile(r"^[\W_]+$", re.UNICODE)
_lock = threading.Lock()
_tokenizer = None
_cache_dir: str | None = None
_fold_table: dict[int, str] | None = None


def _load_fold_table() -> dict[int, str]:
    """Single-character t2s mapping built from OpenCC's own character table."""
    import opencc

    from opencc import OpenCC

    converter = OpenCC("t2s")
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional = line.split("\t", 1)[0].strip()
        if len(traditional) != 1:
            continue
        simplified = converter.convert(traditional)
        if len(simplified) == 1 and simplified != traditional:
            table[ord(traditional)] = simplified
    return table


def set_jieba_cache_dir(path: str | os.PathLike[str] | None) -> None:
    """Where jieba's default dictionary finds its parsed cache (see
    `summarizer.tokenize.set_jieba_cache_dir`: the same dictionary); before first use."""
    global _cache_dir
    _cache_dir = os.fspath(path) if path else None


def _get_tokenizer():
    global _tokenizer, _fold_table
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                started = time.perf_counter()
                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.dt
                if not tokenizer.initialized:
                    if _cache_dir:
                        tokenizer.tmp_dir = _cache_dir
                    tokenizer.initialize()  # jieba's own lock makes this safe from any thread
                _fold_table = _load_fold_table()
                _tokenizer = tokenizer
                logger.info("search tokenizer ready in %.1f s", time.perf_counter() - started)
    return _tokenizer


def warm_up() -> None:
    """Load the dictionary now (about a second), e.g. on a worker thread at start."""
    _get_tokenizer()


def fold(text: str) -> str:
    """Traditional -> simplified, lower case: the comparison form of any text."""
    _get_tokenizer()
    assert _fold_table is not None
    return text.translate(_fold_table).lower()


def search_terms(text: str) -> list[str]:
    """The FTS terms of `text`, in order, repeats kept (bm25 counts them).

    jieba's search mode also emits the dictionary words inside long words
    (人民币 -> 人民, 人民币), so a query for a part finds the whole.
    """
    tokenizer = _get_tokenizer()
    terms = []
    for word in tokenizer.cut_for_search(fold(text), HMM=False):
        word = word.strip()
        if not word or word in STOPWORDS or _PUNCT_ONLY.match(word):
            continue
        terms.append(word)
    return terms


def index_text(text: str) -> str:
    """What is stored in the FTS table for one sentence."""
    return " ".join(search_terms(text))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(terms: Sequence[str], *, mode: str = "all") -> str:
    """An FTS5 MATCH expression for `terms`: AND ("all") or OR ("any").

    Each term is a quoted FTS5 string, so no user input is ever parsed as
    FTS5 syntax.
    """
    if mode not in ("any", "all"):
        raise ValueError(f"mode must be 'any' or 'all', not {mode!r}")
    if not terms:
        raise ValueError("no terms to match")
    return (" OR " if mode == "any" else " AND ").join(_quote(t) for t in terms)


def choose_terms(doc_counts: dict[str, int], *, budget: float) -> list[str]:
    """Terms for the last-resort OR of an "any" search, rarest first.

    A term found in a large share of sentences (营, 公司, 增长) would make every
    row a candidate, so terms are taken from the rarest up while their summed
    sentence counts stay within `budget`. The rarest term is always kept.
    """
    chosen: list[str] = []
    total = 0
    for count, term in sorted((c, t) for t, c in doc_counts.items() if c > 0):
        if chosen and total + count > budget:
            break
        chosen.append(term)
        total += count
    return chosen


def bm25(query_terms: Sequence[str], sentence_terms: Sequence[str], *, doc_counts: dict[str, int],
         sentences: int, average_length: float) -> float:
    """Okapi BM25 (k1 1.2, b 0.75, non-negative idf) of one indexed sentence; higher is better."""
    length = len(sentence_terms)
    frequencies: dict[str, int] = {}
    for term in sentence_terms:
        frequencies[term] = frequencies.get(term, 0) + 1
    score = 0.0
    norm = BM25_K1 * (1 - BM25_B + BM25_B * length / max(average_length, 1e-9))
    for term in query_terms:
        tf = frequencies.get(term)
        if tf:
            docs = doc_counts.get(term, 0)
            idf = math.log(1 + (sentences - docs + 0.5) / (docs + 0.5))
            score += idf * tf * (BM25_K1 + 1) / (tf + norm)
    return score


def index_texts(sentences: Iterable[str]) -> list[str]:
    return [index_text(sentence) for sentence in sentences]
