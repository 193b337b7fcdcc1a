"""The `textrank4zh` engine: the textrank4zh package itself, on networkx 3.

textrank4zh 0.3 calls `nx.from_numpy_matrix`, which networkx 3 removed (its
replacement is `from_numpy_array`, same behaviour for a 2-D array). Patching
networkx, or textrank4zh's module, would change them for every other user in the
process. Instead the few functions that reach networkx are re-created from
textrank4zh's own code objects with a private globals dict in which `nx` is a
compatibility view of networkx (and `util` a view of textrank4zh.util that hands
out those re-created functions). Nothing outside this module changes, the
package's code runs unmodified, and concurrent calls share no mutable state
beyond what textrank4zh itself has per instance.

This engine is the reference that the fast engine is measured against.
"""

from __future__ import annotations

import importlib
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx

# textrank4zh's package __init__ shadows its submodules with the classes of the same name.
_segmentation = importlib.import_module("textrank4zh.Segmentation")
_keyword_module = importlib.import_module("textrank4zh.TextRank4Keyword")
_sentence_module = importlib.import_module("textrank4zh.TextRank4Sentence")
_util = importlib.import_module("textrank4zh.util")

from summarizer.tokenize import ensure_jieba

__all__ = ["TextRank4Keyword", "TextRank4Sentence", "rank_keywords", "rank_sentences", "ReferenceSentence"]


class _Networkx3View:
    """networkx as textrank4zh 0.3 expects to find it."""

    from_numpy_matrix = staticmethod(networkx.from_numpy_array)

    def __getattr__(self, name: str) -> Any:
        return getattr(networkx, name)


class _Namespace:
    """A read-only view of a module with a few names replaced."""

    def __init__(self, module: types.ModuleType, **overrides: Any) -> None:
        self._module = module
        self._overrides = overrides

    def __getattr__(self, name: str) -> Any:
        if name in self._overrides:
            return self._overrides[name]
        return getattr(self._module, name)


def _rebind(function: Callable[..., Any], **names: Any) -> Callable[..., Any]:
    """A copy of `function` whose global lookups of `names` see the given objects."""
    rebound = types.FunctionType(
        function.__code__,
        {**function.__globals__, **names},
        function.__name__,
        function.__defaults__,
        function.__closure__,
    )
    rebound.__kwdefaults__ = function.__kwdefaults__
    rebound.__doc__ = function.__doc__
    return rebound


_NX = _Networkx3View()
sort_sentences = _rebind(_util.sort_sentences, nx=_NX)
sort_words = _rebind(_util.sort_words, nx=_NX)
_UTIL = _Namespace(_util, sort_sentences=sort_sentences, sort_words=sort_words)
_sentence_analyze = _rebind(_sentence_module.TextRank4Sentence.analyze, util=_UTIL)
_keyword_analyze = _rebind(_keyword_module.TextRank4Keyword.analyze, util=_UTIL)


class TextRank4Sentence(_sentence_module.TextRank4Sentence):
    """textrank4zh's TextRank4Sentence, unchanged except that it runs on networkx 3."""

    def analyze(self, *args: Any, **kwargs: Any) -> None:
        ensure_jieba()  # jieba initialised our way: once, without its console handler
        _sentence_analyze(self, *args, **kwargs)


class TextRank4Keyword(_keyword_module.TextRank4Keyword):
    """textrank4zh's TextRank4Keyword, unchanged except that it runs on networkx 3."""

    def analyze(self, *args: Any, **kwargs: Any) -> None:
        ensure_jieba()
        _keyword_analyze(self, *args, **kwargs)


@dataclass(frozen=True, slots=True)
class ReferenceSentence:
    index: int
    text: str
    weight: float


def rank_sentences(sentences: Sequence[str]) -> list[ReferenceSentence]:
    """Rank the given sentences exactly as TextRank4Sentence.analyze would rank its own.

    Taking the sentences from the caller lets both engines be compared on the
    same sentence boundaries (textrank4zh's splitter also cuts at ；and keeps a
    closing quote on the next sentence).
    """
    ensure_jieba()
    words = _segmentation.WordSegmentation().segment_sentences(
        sentences=list(sentences), lower=False, use_stop_words=True, use_speech_tags_filter=False
    )
    ranked = sort_sentences(sentences=list(sentences), words=words)
    return [ReferenceSentence(item.index, item.sentence, float(item.weight)) for item in ranked]


def rank_keywords(text: str, *, limit: int = 10, min_len: int = 2) -> list[tuple[str, float]]:
    """textrank4zh's keywords of `text` (its own defaults: window 2, POS filter, stopwords)."""
    ensure_jieba()
    engine = TextRank4Keyword()
    engine.analyze(text=text, lower=False, window=2)
    return [(item.word, float(item.weight)) for item in engine.get_keywords(num=limit, word_min_len=min_len)]
