"""Words with part-of-speech tags, computed once per text and shared by every step.

Chinese goes through one tagging pass over all sentences joined by "\\n"
(jieba's tagger with its HMM step vectorized, see `summarizer.postag`)
(jieba never joins words across a line break, so the pass splits back into
sentences exactly). Keywords, sentence similarity and the figures/quotes helpers
all read the same tokens; `tokenize_sentences` keeps the last few results so a
second caller with the same sentences gets them for free. The cache is bounded by
characters as well as entries, so a worker keeps the tokens of one long text at a
time, not of the last eight; and a text's tokens are shared objects (one `Token` per
distinct word and tag), a tenth of the memory of a fresh pair per word.

English uses a regex tokenizer: the summarizer needs content words, not a full
tagger, and it must not download models at run time.

jieba is initialised once, lazily and under a lock, with the console log handler
it installs at import removed (the application configures logging, not a library).
"""

from __future__ import annotations

import functools
import logging
import marshal
import os
import re
import sys
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any, NamedTuple

from summarizer.limits import MAX_CHARS

__all__ = [
    "Token",
    "clear_cache",
    "ensure_jieba",
    "keyword_stopwords",
    "set_jieba_cache_dir",
    "stopwords",
    "tokenize_sentences",
    "tokenize_text",
    "word_frequency",
]

logger = logging.getLogger(__name__)


class Token(NamedTuple):
    """A word and its jieba-style POS tag ("n", "v", "m", "x" for punctuation, "eng"...)."""

    word: str
    pos: str


_jieba_lock = threading.Lock()
_jieba_ready = False


def _import_jieba():  # -> the jieba module
    """`import jieba` without pkg_resources, which jieba imports only to open its own data
    files and falls back from to a plain `open()` of the same files: 150 ms and 6 MB less
    in every worker. (Blocked only during this import, and only if nothing loaded it yet.)"""
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import fails: jieba's fallback
        try:
            import jieba
        finally:
            if sys.modules.get("pkg_resources", False) is None:
                del sys.modules["pkg_resources"]
    import jieba

    return jieba


def ensure_jieba() -> None:
    """Load jieba's default dictionary once; safe to call from any thread.

    The process's one jieba initialiser: tagging (`summarizer.postag`), search
    terms (`summarizer.terms`), /ask parsing and the reference engine all call it
    and share that one dictionary (~70 MB). The POS tables are loaded by the tagger
    when it is first used, so a process that only makes search terms never holds them.
    The first call takes about a second, so servers call it at start-up, off the
    event loop, instead of paying for it in the first request.
    """
    global _jieba_ready
    if _jieba_ready:
        return
    with _jieba_lock:
        if _jieba_ready:
            return
        jieba = _import_jieba()
        jieba_logger = logging.getLogger("jieba")
        for handler in list(jieba_logger.handlers):
            jieba_logger.removeHandler(handler)
        jieba_logger.setLevel(logging.WARNING)
        jieba_logger.propagate = True
        if not _load_cached_dictionary(jieba.dt, jieba.DEFAULT_DICT):
            jieba.initialize()  # parses the dictionary and writes the cache
        _jieba_ready = True
        logger.debug("jieba initialised")


def _load_cached_dictionary(tokenizer: Any, default_dict: object) -> bool:
    """jieba's own cache branch of `Tokenizer.initialize` for the default dictionary, with
    the file read at once: jieba's `marshal.load` on the open file reads it in small
    pieces (0.7 s of CPU against 0.2 s), and every worker, console and CLI run pays it.
    False (and jieba initialises as usual) when there is no usable cache."""
    if tokenizer.initialized or tokenizer.dictionary != default_dict or tokenizer.cache_file:
        return False
    path = os.path.join(tokenizer.tmp_dir or tempfile.gettempdir(), "jieba.cache")
    try:
        with open(path, "rb") as cache:
            freq, total = marshal.loads(cache.read())
    except (OSError, EOFError, ValueError, TypeError):
        return False
    with tokenizer.lock:
        if not tokenizer.initialized:
            tokenizer.FREQ, tokenizer.total = freq, total
            tokenizer.initialized = True
    return True


def set_jieba_cache_dir(path: str | os.PathLike[str] | None) -> None:
    """Keep jieba's parsed dictionary cache (`jieba.cache`, ~9 MB) in `path`.

    jieba parses its dictionary on first use (seconds) and caches the result in the
    system temp dir, readable by its owner only. A container image warms the cache at
    build time into a directory its unprivileged user can read, and a hardened service
    gets an empty private /tmp at every start, so both point jieba elsewhere. Call it
    before the first analysis; None restores jieba's default.
    """
    jieba = _import_jieba()
    jieba.dt.tmp_dir = os.fspath(path) if path else None


@functools.cache
def stopwords(lang: str) -> frozenset[str]:
    """The shipped stopword list for `lang` ("zh" also covers common English words)."""
    name = "stopwords_zh.txt" if lang == "zh" else "stopwords_en.txt"
    raw = resources.files("summarizer").joinpath("data", name).read_text("utf-8")
    words: set[str] = set()
    for line in raw.splitlines():
        if line.startswith("# "):
            continue
        words.update(line.split() if lang != "zh" else [line.strip()])
    words.discard("")
    return frozenset(words)


@functools.cache
def keyword_stopwords(lang: str) -> frozenset[str]:
    """Words the fast engine never shows as keywords: the stopwords of `lang` and news
    boilerplate in any language. One set per language, built once: keywords are ranked
    for every text."""
    raw = resources.files("summarizer").joinpath("data", "keyword_stopwords.txt").read_text("utf-8")
    lines = (line for line in raw.splitlines() if not line.startswith("#"))
    return stopwords(lang) | frozenset(word for line in lines for word in line.split())


# Latin letters with their accents ("Weizsäcker", "Nestlé", "São Paulo") are letters of one word.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_EN_TOKEN_RE = re.compile(
    rf"[{_LATIN}0-9](?:[{_LATIN}0-9'’&\-]|\.(?=[{_LATIN}0-9]))*%?"
    r"|[\u3400-\u4dbf\u4e00-\u9fff]+"
    rf"|[^\s{_LATIN}0-9\u3400-\u4dbf\u4e00-\u9fff]"
)


def word_frequency(word: str) -> int:
    """`word`'s count in jieba's dictionary; 0 for a word it does not know (or knows only as a prefix)."""
    ensure_jieba()
    return int(_import_jieba().dt.FREQ.get(word) or 0)


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary knows `word` (a word its HMM made up from single characters is not)."""
    return word_frequency(word) > 0


def _english_tokens(sentence: str, shared: dict[Token, Token] | None = None) -> tuple[Token, ...]:
    """Tokens of one sentence; `shared` makes equal tokens of a text one object."""
    shared = {} if shared is None else shared
    tokens = []
    for word in _EN_TOKEN_RE.findall(sentence):
        first = word[0]
        if first.isdigit():
            pos = "m"
        elif first.isalpha() and not "\u3400" <= first <= "\u9fff":
            pos = "eng"
        elif "\u3400" <= first <= "\u9fff":
            pos = "nz"
        else:
            pos = "x"
        token = Token(word, pos)
        tokens.append(shared.setdefault(token, token))
    return tuple(tokens)


def _chinese_tokens(texts: Sequence[str]) -> tuple[tuple[Token, ...], ...]:
    ensure_jieba()
    from summarizer.postag import pos_tokenizer

    result: list[tuple[Token, ...]] = []
    current: list[Token] = []
    # One Token per distinct (word, tag): a long text repeats its words, and each fresh
    # pair with its own copy of the word costs ~130 bytes (13 MB for 150,000 characters).
    shared: dict[Token, Token] = {}
    for pair in pos_tokenizer().cut("\n".join(texts)):
        word = pair.word
        if word == "\n":
            result.append(tuple(current))
            current = []
        elif not word.isspace():
            token = Token(word, pair.flag)
            current.append(shared.setdefault(token, token))
    result.append(tuple(current))
    return tuple(result)


def _tokenize(texts: tuple[str, ...], lang: str) -> tuple[tuple[Token, ...], ...]:
    if not texts:
        return ()
    if lang == "zh":
        return _chinese_tokens(texts)
    shared: dict[Token, Token] = {}
    return tuple(_english_tokens(text, shared) for text in texts)


class _TokenCache:
    """The last few token lists, least recently used out first, at most `entries` of them
    and `chars` characters in all (the newest is kept even if it alone is longer).

    One analysis asks for the same sentences' tokens three times (ranking, figures,
    quotes), and the worker's short lane tokenizes queries and small texts meanwhile:
    16 entries keep a long text's tokens through its analysis, and the character bound
    drops them when the next long text comes, instead of holding eight long texts.
    """

    def __init__(self, entries: int, chars: int) -> None:
        self.entries = entries
        self.chars = chars
        self._items: OrderedDict[tuple[tuple[str, ...], str], tuple[tuple[tuple[Token, ...], ...], int]] = OrderedDict()
        self._total = 0
        self._lock = threading.Lock()

    def get(self, texts: tuple[str, ...], lang: str) -> tuple[tuple[Token, ...], ...]:
        key = (texts, lang)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found[0]
        tokens = _tokenize(texts, lang)  # outside the lock: the other lane goes on meanwhile
        size = sum(map(len, texts))
        with self._lock:
            found = self._items.get(key)
            if found is not None:  # the other lane made them meanwhile: one copy is kept
                self._items.move_to_end(key)
                return found[0]
            self._items[key] = (tokens, size)
            self._total += size
            while len(self._items) > 1 and (len(self._items) > self.entries or self._total > self.chars):
                _, (_, dropped) = self._items.popitem(last=False)
                self._total -= dropped
        return tokens

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._total = 0


# One text at the input limit plus the short lane's texts beside it.
_cache = _TokenCache(entries=16, chars=MAX_CHARS + 60_000)


def tokenize_sentences(sentences: Iterable[object], lang: str) -> tuple[tuple[Token, ...], ...]:
    """Tokens of each sentence, in order, with whitespace dropped and punctuation kept (pos "x").

    `sentences` may be strings or anything with a `.text` (such as `SentenceSpan`).
    Sentences must not contain line breaks. Results are cached (thread-safe) for
    the last few inputs, so every step of one analysis shares one POS pass.
    """
    texts = tuple(s if isinstance(s, str) else s.text for s in sentences)  # type: ignore[attr-defined]
    return _cache.get(texts, "zh" if lang == "zh" else "en")


def clear_cache() -> None:
    """Forget cached tokens (benchmarks time a cold pass; tests check isolation)."""
    _cache.clear()


def tokenize_text(text: str, lang: str) -> tuple[Token, ...]:
    """Tokens of one piece of text (a title, a query): one sentence's worth."""
    flat = " ".join(text.split())
    return tokenize_sentences([flat], lang)[0] if flat else ()
