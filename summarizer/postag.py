"""jieba's POS tagger with its HMM decoding done by numpy: same tags, several times faster.

`jieba.posseg` finds words that are not in its dictionary (names, new terms) with a
Viterbi pass over 256 (position, tag) states, written as nested Python generators.
On Chinese news that pass is most of the tokenization time, and tokenization is most
of an analysis. `viterbi` below is the same recurrence computed a character at a time
with array operations, with the same state sets, the same floating-point sums in the
same order and the same tie-breaking (Python's `max` over `(score, state)` tuples
keeps the largest state among equal scores), so it returns the same path — checked
against jieba itself in tests/test_postag.py and by benchmarks/bench_speed.py.

`FastPOSTokenizer` is jieba's own `POSTokenizer` with only that private step
replaced: dictionary lookup, DAG and segmentation rules stay jieba's. It shares the
dictionary and word-tag table of `jieba.posseg.dt` (made compact by
`summarizer.tokenize.ensure_posseg`), so it costs no extra memory, and
it changes nothing for other users of jieba in the process (no global patching).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np

__all__ = ["pos_tokenizer", "viterbi"]

# jieba.posseg.viterbi's constants.
MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")
# Characters whose emission rows are cached: 2,048 x 2 KB = 4 MB at most.
CACHE_LIMIT = 2048


class _Model:
    """jieba's HMM tables as arrays. States are sorted in *descending* order, so the
    first maximum numpy's argmax finds is the largest state, as with Python's max."""

    def __init__(self) -> None:
        from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

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


def _tokenizer_class() -> type:
    import jieba.posseg

    class FastPOSTokenizer(jieba.posseg.POSTokenizer):  # type: ignore[misc,name-defined]
        """jieba's POSTokenizer whose HMM step uses the array Viterbi above."""

        def _POSTokenizer__cut(self, sentence: str) -> Iterator[jieba.posseg.pair]:
            # Mirrors POSTokenizer.__cut (jieba 0.42), the method this replaces.
            pair = jieba.posseg.pair
            _prob, pos_list = viterbi(sentence)
            begin, nexti = 0, 0
            for i, char in enumerate(sentence):
                pos = pos_list[i][0]
                if pos == "B":
                    begin = i
                elif pos == "E":
                    yield pair(sentence[begin : i + 1], pos_list[i][1])
                    nexti = i + 1
                elif pos == "S":
                    yield pair(char, pos_list[i][1])
                    nexti = i + 1
            if nexti < len(sentence):
                yield pair(sentence[nexti:], pos_list[nexti][1])

    return FastPOSTokenizer


_instance = None
_instance_lock = threading.Lock()


def pos_tokenizer():  # -> FastPOSTokenizer
    """The process's tagger: jieba.posseg.dt's dictionary and tables, array Viterbi."""
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                from summarizer.tokenize import ensure_posseg

                ensure_posseg()  # the compact word-tag table, before it is shared below
                import jieba.posseg

                tagger_class = _tokenizer_class()  # defined on first use: it subclasses jieba's
                base = jieba.posseg.dt
                tagger = tagger_class.__new__(tagger_class)
                # Share, not copy: the word-tag table is ~350k entries.
                tagger.tokenizer = base.tokenizer
                tagger.word_tag_tab = base.word_tag_tab
                _get_model()
                _instance = tagger
    return _instance
