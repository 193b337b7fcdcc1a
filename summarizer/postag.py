"""jieba's POS tagger with its HMM decoding done by numpy: same tags, several times faster,
and without jieba.posseg's second reading of the dictionary.

`jieba.posseg` finds words that are not in its dictionary (names, new terms) with a
Viterbi pass over 256 (position, tag) states, written as nested Python generators.
On Chinese news that pass is most of the tokenization time, and tokenization is most
of an analysis. `viterbi` below is the same recurrence computed a character at a time
with array operations, with the same state sets, the same floating-point sums in the
same order and the same tie-breaking (Python's `max` over `(score, state)` tuples
keeps the largest state among equal scores), so it returns the same path — checked
against jieba itself in tests/test_postag.py and by benchmarks/bench_speed.py.

`POSTagger` is jieba 0.42's `POSTokenizer.cut` written over jieba's own
dictionary, DAG and route (`jieba.dt`), so it segments exactly as jieba does. It does
not import `jieba.posseg`: that module parses the whole dictionary file again at import
to build its word-tag table, 349k new strings (about 0.8 s and 50 MB in every worker).
The table here is built from a small cache of the tags alone, keyed by the words jieba
already holds (see `word_tags`).
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import marshal
import os
import re
import tempfile
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

__all__ = ["POSTagger", "Pair", "hmm_tables", "pos_tokenizer", "viterbi", "word_tags"]

logger = logging.getLogger(__name__)

# jieba.posseg.viterbi's constants.
MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")
# Characters whose emission rows are cached: 2,048 x 2 KB = 4 MB at most.
CACHE_LIMIT = 2048


class _Model:
    """jieba's HMM tables as arrays. States are sorted in *descending* order, so the
    first maximum numpy's argmax finds is the largest state, as with Python's max."""

    def __init__(self) -> None:
        char_state_tab_P, start_P, trans_P, emit_P = hmm_tables()

        self.states: list[tuple[str, str]] = sorted(trans_P, reverse=True)
        index = {state: i for i, state in enumerate(self.states)}
        n = len(self.states)
        self.index = index
        self.start = np.array([start_P[s] for s in self.states], dtype=np.float64)
        self.trans = np.full((n, n), MIN_INF, dtype=np.float64)
        self.follows = np.zeros((n, n), dtype=bool)
        for state, nexts in trans_P.items():
            i = index[state]
            for nxt, p in nexts.items():
                self.trans[i, index[nxt]] = p
                self.follows[i, index[nxt]] = True
        self.has_next = self.follows.any(axis=1)
        self.all_mask = np.ones(n, dtype=bool)
        self._emit_p = emit_P
        self._char_states = char_state_tab_P
        self._emit_cache: dict[str, np.ndarray] = {}
        self._mask_cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def emission(self, char: str) -> np.ndarray:
        """Log emission probability of `char` in every state (MIN_FLOAT where jieba has none).

        Rows are cached (2 KB each) and the cache is emptied when it holds CACHE_LIMIT
        characters, so a stream of rare characters cannot grow a long-running worker's
        memory past a few MB; the characters of ordinary news come back into it at once.
        """
        row = self._emit_cache.get(char)
        if row is None:
            row = np.array([self._emit_p[s].get(char, MIN_FLOAT) for s in self.states], dtype=np.float64)
            row.flags.writeable = False
            with self._lock:
                if len(self._emit_cache) >= CACHE_LIMIT:
                    self._emit_cache.clear()
                self._emit_cache[char] = row
        return row

    def char_mask(self, char: str) -> np.ndarray:
        mask = self._mask_cache.get(char)
        if mask is None:
            known = self._char_states.get(char)
            if known is None:
                return self.all_mask  # not cached: the table's own keys bound the cache
            mask = np.zeros(len(self.states), dtype=bool)
            mask[[self.index[s] for s in known]] = True
            with self._lock:
                self._mask_cache[char] = mask
        return mask


_model: _Model | None = None
_model_lock = threading.Lock()


def _get_model() -> _Model:
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = _Model()
    return _model


def viterbi(obs: str) -> tuple[float, list[tuple[str, str]]]:
    """Most likely (position, tag) state of each character of `obs`, as jieba.posseg.viterbi."""
    model = _get_model()
    trans = model.trans
    # Step 0: every state the first character allows, none filtered by transitions.
    cur = np.flatnonzero(model.char_mask(obs[0]))
    values = model.start[cur] + model.emission(obs[0])[cur]
    backs: list[tuple[np.ndarray, np.ndarray]] = []  # per step: (states, best previous state)
    for char in obs[1:]:
        keep = model.has_next[cur]
        prev = cur[keep]
        prev_values = values[keep]
        if prev.size == 0:
            # jieba's max() over an empty sequence fails the same way.
            raise ValueError("viterbi: no state can follow")
        expected = model.follows[prev].any(axis=0)
        mask = model.char_mask(char) & expected
        if not mask.any():
            mask = expected if expected.any() else model.all_mask
        cur = np.flatnonzero(mask)
        scores = prev_values[:, None] + trans[np.ix_(prev, cur)]
        scores = scores + model.emission(char)[cur]
        best = scores.argmax(axis=0)
        values = scores[best, np.arange(cur.size)]
        backs.append((cur, prev[best]))
    last = int(values.argmax())
    prob = float(values[last])
    state = int(cur[last])
    route = [state]
    for states, best_prev in reversed(backs):
        state = int(best_prev[int(np.searchsorted(states, state))])
        route.append(state)
    route.reverse()
    return prob, [model.states[i] for i in route]


# -- the HMM tables and the word-tag table, without jieba.posseg --------------------------

_tables: tuple[dict[str, Any], ...] | None = None
_tables_lock = threading.Lock()


def _posseg_dir() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ImportError("jieba is not installed")
    return Path(spec.origin).parent / "posseg"


def hmm_tables() -> tuple[dict[str, Any], ...]:
    """jieba's HMM tables (char_state_tab, start, trans, emit), from jieba.posseg's data
    modules. They are loaded as modules of their own, from their compiled bytecode, so
    that `jieba.posseg/__init__` (which rereads the dictionary) never runs."""
    global _tables
    with _tables_lock:
        if _tables is None:
            folder = _posseg_dir()
            loaded = []
            for name in ("char_state_tab", "prob_start", "prob_trans", "prob_emit"):
                spec = importlib.util.spec_from_file_location(f"summarizer._jieba_{name}", folder / f"{name}.py")
                if spec is None or spec.loader is None:
                    raise ImportError(f"jieba's {name} table is missing")
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                loaded.append(module.P)
            _tables = tuple(loaded)
    return _tables


# Cache format; change it when what the cache holds changes.
_CACHE_FORMAT = 1


def _dictionary_path(tokenizer: Any) -> Path:
    import jieba

    if tokenizer.dictionary == jieba.DEFAULT_DICT:
        return Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    return Path(tokenizer.dictionary)


def _cache_file(tokenizer: Any, dictionary: Path) -> Path:
    folder = tokenizer.tmp_dir or tempfile.gettempdir()
    name = zlib.crc32(os.fsencode(dictionary.resolve())) if dictionary.exists() else 0
    return Path(folder) / f"newsbrief-postags.{name:08x}.cache"


def _parse_tags(tokenizer: Any) -> dict[str, str]:
    """jieba.posseg's `load_word_tag`, with the same rules for lines."""
    table: dict[str, str] = {}
    interned: dict[str, str] = {}
    handle = tokenizer.get_dict_file()
    try:
        blob = handle.read()
    finally:
        handle.close()
    for lineno, raw in enumerate(blob.split(b"\n"), 1):
        line = raw.strip().decode("utf-8")
        if not line:
            continue
        try:
            word, _, tag = line.split(" ")
        except ValueError:
            raise ValueError(f"invalid POS dictionary entry at line {lineno}: {line}") from None
        table[word] = interned.setdefault(tag, tag)
    return table


def word_tags(tokenizer: Any) -> dict[str, str]:
    """The dictionary's word -> tag table (jieba.posseg's `word_tag_tab`), keyed by the very
    strings of `tokenizer.FREQ`, so its 349k words are not held twice.

    The tags are cached in jieba's cache directory as one list aligned with FREQ's order,
    checked against the dictionary file's size and time and a checksum of FREQ's words: a
    changed dictionary or jieba rebuilds it. A cache that cannot be written only costs the
    next start the parsing again.
    """
    freq: dict[str, int] = tokenizer.FREQ
    dictionary = _dictionary_path(tokenizer)
    try:
        stat = dictionary.stat()
        stamp: tuple[int, int] = (stat.st_size, stat.st_mtime_ns)
    except OSError:
        stamp = (0, 0)
    keys = zlib.crc32("\n".join(freq).encode("utf-8"))
    header = (_CACHE_FORMAT, stamp, len(freq), keys)
    cache = _cache_file(tokenizer, dictionary)
    tags: list[str] | None = None
    try:
        stored = marshal.loads(cache.read_bytes())
        # A tag list of another length would pair words with their neighbours' tags (zip
        # stops at the shorter side without a word): such a cache is rebuilt, not trusted.
        if (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == header
                and isinstance(stored[1], list) and len(stored[1]) == len(freq)):
            tags = stored[1]
    except (OSError, EOFError, ValueError, TypeError):
        tags = None
    if tags is None:
        table = _parse_tags(tokenizer)
        tags = [table.get(word, "") for word in freq]
        _write_cache(cache, marshal.dumps((header, tags)))
    return {word: tag for word, tag in zip(freq, tags) if tag}


def _write_cache(cache: Path, data: bytes) -> None:
    """Write `data` to `cache` whole or not at all. A failed write (a read-only or full
    directory, a cache owned by another user in a sticky /tmp) removes its temporary file:
    every worker start would otherwise leave another 2.5 MB beside the cache."""
    temp: str | None = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=cache.parent, prefix=cache.name + ".")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)  # like jieba's warmed cache: any worker user may read it
        os.replace(temp, cache)
    except OSError as exc:
        logger.debug("POS tag cache not written to %s: %s", cache, exc)
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


# -- the tagger ------------------------------------------------------------------------------

# jieba.posseg's patterns (jieba 0.42): what reaches the dictionary and the HMM.
_RE_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")
_RE_SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
_RE_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_RE_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_NUM = re.compile(r"[\.0-9]+")
_RE_ENG1 = re.compile("^[a-zA-Z0-9]$")


class Pair(NamedTuple):
    """A word and its part-of-speech tag, as jieba.posseg's `pair`."""

    word: str
    flag: str


class POSTagger:
    """jieba.posseg's `POSTokenizer.cut` (jieba 0.42, with or without the HMM) over `tokenizer`'s
    dictionary: the same blocks, DAG, route and fallbacks, with the array Viterbi above
    for the words the dictionary does not know."""

    def __init__(self, tokenizer: Any, word_tag_tab: dict[str, str]) -> None:
        self.tokenizer = tokenizer
        self.word_tag_tab = word_tag_tab

    def cut(self, sentence: str, HMM: bool = True) -> Iterator[Pair]:  # HMM: jieba's own argument name
        cut_block = self._cut_dag if HMM else self._cut_dag_no_hmm
        for block in _RE_HAN_INTERNAL.split(sentence):
            if _RE_HAN_INTERNAL.match(block):
                yield from cut_block(block)
                continue
            for piece in _RE_SKIP_INTERNAL.split(block):
                if _RE_SKIP_INTERNAL.match(piece):
                    yield Pair(piece, "x")
                    continue
                for char in piece:
                    if _RE_NUM.match(char):
                        yield Pair(char, "m")
                    elif _RE_ENG.match(piece):  # jieba tests the piece here, not the character
                        yield Pair(char, "eng")
                    else:
                        yield Pair(char, "x")

    def lcut(self, sentence: str, HMM: bool = True) -> list[Pair]:  # HMM: jieba's own argument name
        return list(self.cut(sentence, HMM))

    def _tag(self, word: str) -> str:
        return self.word_tag_tab.get(word, "x")

    def _route_words(self, sentence: str) -> Iterator[str]:
        """jieba's best route through the sentence's DAG, as words: both cuts walk it and
        differ only in what they do with the single characters it leaves."""
        dag = self.tokenizer.get_DAG(sentence)
        route: dict[int, tuple[float, int]] = {}
        self.tokenizer.calc(sentence, dag, route)
        x, n = 0, len(sentence)
        while x < n:
            y = route[x][1] + 1
            yield sentence[x:y]
            x = y

    def _cut_dag(self, sentence: str) -> Iterator[Pair]:
        buf = ""
        for word in self._route_words(sentence):
            if len(word) == 1:
                buf += word
            else:
                if buf:
                    yield from self._flush(buf)
                    buf = ""
                yield Pair(word, self._tag(word))
        if buf:
            yield from self._flush(buf)

    def _cut_dag_no_hmm(self, sentence: str) -> Iterator[Pair]:
        """Dictionary words only; runs of single letters and digits are one "eng" word."""
        buf = ""
        for word in self._route_words(sentence):
            if _RE_ENG1.match(word):
                buf += word
            else:
                if buf:
                    yield Pair(buf, "eng")
                    buf = ""
                yield Pair(word, self._tag(word))
        if buf:
            yield Pair(buf, "eng")

    def _flush(self, buf: str) -> Iterator[Pair]:
        """Single characters left by the route: one is looked up; a run the dictionary
        does not know goes to the HMM; a known run is split into its characters."""
        if len(buf) == 1:
            yield Pair(buf, self._tag(buf))
        elif not self.tokenizer.FREQ.get(buf):
            yield from self._cut_detail(buf)
        else:
            for char in buf:
                yield Pair(char, self._tag(char))

    def _cut_detail(self, sentence: str) -> Iterator[Pair]:
        for block in _RE_HAN_DETAIL.split(sentence):
            if _RE_HAN_DETAIL.match(block):
                yield from self._cut_hmm(block)
                continue
            for piece in _RE_SKIP_DETAIL.split(block):
                if not piece:
                    continue
                if _RE_NUM.match(piece):
                    yield Pair(piece, "m")
                elif _RE_ENG.match(piece):
                    yield Pair(piece, "eng")
                else:
                    yield Pair(piece, "x")

    def _cut_hmm(self, sentence: str) -> Iterator[Pair]:
        _prob, pos_list = viterbi(sentence)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield Pair(sentence[begin : i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == "S":
                yield Pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield Pair(sentence[nexti:], pos_list[nexti][1])


_instance: POSTagger | None = None
_instance_lock = threading.Lock()


def pos_tokenizer() -> POSTagger:
    """The process's tagger over jieba's one dictionary (`jieba.dt`)."""
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                import jieba

                from summarizer.tokenize import ensure_jieba

                ensure_jieba()
                _get_model()
                _instance = POSTagger(jieba.dt, word_tags(jieba.dt))
    return _instance
