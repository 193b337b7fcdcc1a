"""Text terms: the one place that turns text into search terms and folds scripts.

Search and /ask compare text in a folded form: traditional characters become
simplified (臺灣 -> 台湾, 營收 -> 营收), full-width ASCII becomes half-width
(ＡＢＣ１４％ -> ABC14%) and letters are lower-cased. `fold()` is that form, and
`search_terms()` cuts folded text into the terms of the search index. Queries go
through the very same function as indexed sentences, so an index term and a query
term for the same word can never differ; storage only stores and matches the
terms it is given.

Folding is character by character with OpenCC's t2s character table, applied with
`str.translate` (one C call instead of OpenCC's per-phrase Python loop). Folding
only has to make both sides equal, not produce idiomatic simplified text, so
per-character is the right granularity.

jieba runs with HMM off, so a word is cut the same way in every context (HMM
guesses new words differently in different sentences, which would make a term
indexed yesterday unmatchable today). It uses jieba's default dictionary, set up
once per process by `summarizer.tokenize.ensure_jieba`, the dictionary the
summarizer uses too. Nothing in newsbrief adds words to it. A change to
`search_terms()` (dictionary, stop words, folding) must come with a new
`TERMS_VERSION`, or terms indexed before it stop matching.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from summarizer.tokenize import ensure_jieba

__all__ = [
    "STOPWORDS",
    "TERMS_VERSION",
    "fold",
    "index_text",
    "index_texts",
    "query_terms",
    "search_terms",
    "t2s_table",
    "warm_up",
]

logger = logging.getLogger(__name__)

# The rules below (dictionary, stop words, folding), named: the index records the
# version that made its terms, and the bot re-makes terms made by another version.
# Version 2: folding also turns full-width ASCII into half-width.
TERMS_VERSION = "2"

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
# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space, to their ASCII forms.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_lock = threading.Lock()
_fold_table: dict[int, int | str] | None = None


def _load_fold_table() -> dict[int, int | str]:
    """Full-width -> half-width plus OpenCC's single-character t2s mapping."""
    return dict(_FULLWIDTH) | _load_t2s_table()


def _load_t2s_table() -> dict[int, int | str]:
    """OpenCC's t2s mapping of the characters that fold to exactly one character."""
    import opencc

    converter = opencc.OpenCC("t2s")
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, int | str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional = line.split("\t", 1)[0].strip()
        if len(traditional) != 1:
            continue
        simplified = converter.convert(traditional)
        if len(simplified) == 1 and simplified != traditional:
            table[ord(traditional)] = simplified
    return table


def t2s_table() -> dict[int, int | str]:
    """The traditional -> simplified part of `fold_table` alone (one character to one)."""
    table = _table()
    return {code: char for code, char in table.items() if code not in _FULLWIDTH}


def unique_traditional_forms() -> dict[str, str]:
    """Simplified characters with one traditional form only, itself not among them (额 -> 額,
    计 -> 計; not 出 -> 出/齣 nor 发 -> 發/髮), from OpenCC's s2t character list: how a
    traditional text writes a character a rule added that the text itself never wrote."""
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        simple, _, forms = line.partition("\t")
        written = forms.split()
        if len(simple) == 1 and len(written) == 1 and len(written[0]) == 1 and written[0] != simple:
            table[simple] = written[0]
    return table


def fold_table() -> dict[int, int | str]:
    """The `str.translate` table behind `fold` (for callers that invert it)."""
    return _table()


def _table() -> dict[int, int | str]:
    global _fold_table
    if _fold_table is None:
        with _lock:
            if _fold_table is None:
                _fold_table = _load_fold_table()
    return _fold_table


def fold(text: str) -> str:
    """Traditional -> simplified, full-width -> half-width, lower case: the form text
    is compared in, by search and by /ask."""
    return text.translate(_table()).lower()


def fold_groups(groups: Iterable[Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """Alias groups ([["宁德时代", "CATL", …], …]) as folded name -> its folded group.

    A name in two groups keeps the first; the /ask and watchlist alias tables both
    read their groups this way."""
    by_name: dict[str, tuple[str, ...]] = {}
    for group in groups:
        folded = tuple(dict.fromkeys(fold(name) for name in group))
        for name in folded:
            by_name.setdefault(name, folded)
    return by_name


def warm_up() -> None:
    """Load the dictionary and the folding table now (about a second), e.g. on a
    worker thread at start, so the first query does not wait for them."""
    ensure_jieba()
    _table()


def search_terms(text: str) -> list[str]:
    """The search terms of `text`, in order, repeats kept (BM25 counts them).

    jieba's search mode also emits the dictionary words inside long words
    (人民币 -> 人民, 人民币), so a query for a part finds the whole.
    """
    ensure_jieba()
    import jieba

    terms = []
    for word in jieba.dt.cut_for_search(fold(text), HMM=False):
        word = word.strip()
        if not word or word in STOPWORDS or _PUNCT_ONLY.match(word):
            continue
        terms.append(word)
    return terms


def index_text(text: str) -> str:
    """What the search index stores for one sentence: its terms, space-separated."""
    return " ".join(search_terms(text))


def index_texts(sentences: Iterable[str]) -> tuple[str, ...]:
    """`index_text` of each sentence, in order."""
    return tuple(index_text(sentence) for sentence in sentences)


def query_terms(queries: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """`search_terms` of each query: one call where the dictionary lives for all of
    a question's queries (its own words and their other-script aliases)."""
    return tuple(tuple(search_terms(query)) for query in queries)
