"""Folding (traditional -> simplified, full width, case), segmentation and the alias
table: the shared ground on which questions and sentences are compared."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from summarizer.en_stem import stem
from summarizer.terms import (  # fold: the comparison form search uses too
    fold,
    fold_groups,
)
from summarizer.tokenize import ensure_jieba

# ---------------------------------------------------------------------------
# Segmentation

HAS_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAS_CJK = HAS_CJK


def _jieba():
    """jieba, set up by the process's one initialiser."""
    ensure_jieba()
    import jieba

    return jieba


def pos_cut(text: str, *, hmm: bool = True):  # -> Iterator[summarizer.postag.Pair]
    """Words and tags, from the process's one tagger (`summarizer.postag`: jieba.posseg's
    tags, without jieba.posseg's second copy of the dictionary)."""
    from summarizer.postag import pos_tokenizer

    return pos_tokenizer().cut(text, HMM=hmm)


# ---------------------------------------------------------------------------
# The alias table (shipped as data)


@dataclass(frozen=True, slots=True)
class _Aliases:
    entity_groups: dict[str, tuple[str, ...]]  # folded name -> folded group
    terms: dict[str, tuple[str, ...]]  # folded English phrase -> folded Chinese words
    synonyms: dict[str, tuple[str, ...]]
    max_phrase_words: int
    names_longest_first: tuple[str, ...]
    # Chinese business words from `terms` and `synonyms`, longest first: found by
    # substring before jieba runs, because jieba often splits them ("智能云营收" -> 云营/收).
    vocabulary_longest_first: tuple[str, ...]


@lru_cache(maxsize=1)
def _aliases() -> _Aliases:
    raw = json.loads(resources.files("summarizer").joinpath("data/ask_aliases.json").read_text("utf-8"))
    entity_groups = fold_groups(raw["entities"])
    terms = {fold(k): tuple(fold(v) for v in vs) for k, vs in raw["terms"].items()}
    synonyms: dict[str, tuple[str, ...]] = {}
    for group in raw["synonyms"]:
        folded = tuple(fold(w) for w in group)
        for word in folded:
            synonyms[word] = tuple(dict.fromkeys((*synonyms.get(word, ()), *folded)))
    max_words = max(len(k.split()) for k in (*terms, *entity_groups))
    names = tuple(sorted(entity_groups, key=len, reverse=True))
    chinese = {w for ws in (*terms.values(), *synonyms.values()) for w in ws if _HAS_CJK.search(w) and len(w) >= 2}
    vocabulary = tuple(sorted(chinese, key=lambda w: (-len(w), w)))
    return _Aliases(entity_groups, terms, synonyms, max_words, names, vocabulary)



def _contains_name(text: str, name: str) -> bool:
    if name.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None
    return name in text


def _mask(text: str, name: str) -> str:
    if name.isascii():
        return re.sub(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", " ", text)
    return text.replace(name, " ")


# The one English stemmer of the package (and of the keyword line's forms): summarizer.en_stem.
_stem = stem


# ---------------------------------------------------------------------------
# Matching one passage


@dataclass(frozen=True, slots=True)
class _Text:
    """A text prepared for matching: folded, and its English word stems."""

    folded: str
    stems: frozenset[str]
    cjk: bool
    # Stems written only as the last word of a name of capitalised words ("Marlow Energy", "Harwick
    # Bank"), each with the stems of that name's other words: "energy" asked alone is not that company.
    named: tuple[tuple[str, frozenset[str]], ...] = ()


# Two or more capitalised words in a row: a company's, a place's or a product's name.
_NAME_RUN = re.compile(r"\b(?!(?:The|A|An|This|That|Its|Their|In|On|At|For|By)\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)+\b")


@lru_cache(maxsize=16384)
def _prepare(text: str) -> _Text:
    folded = fold(text)
    words = _EN_WORD.findall(folded)
    # "$6.99-a-month", "disney+": the whole token and its parts both count.
    parts = [p for w in words for p in re.split(r"[\-+]", w) if p]
    stems = frozenset(_stem(w) for w in (*words, *parts))
    named: dict[str, frozenset[str]] = {}
    if text.isascii() and (runs := [m.group().lower().split() for m in _NAME_RUN.finditer(text)]):
        outside = {_stem(w) for w in _EN_WORD.findall(fold(_NAME_RUN.sub(" ", text)))}
        inner = {_stem(w) for run in runs for w in run[:-1]}
        for run in runs:
            run_stems = [_stem(w) for w in run]
            if (stem := run_stems[-1]) not in outside and stem not in inner:
                named[stem] = named.get(stem, frozenset()) | frozenset(run_stems[:-1])
    return _Text(folded, stems, bool(_HAS_CJK.search(folded)), tuple(named.items()))


def only_in_other_name(text: _Text, alternative: str, asked: frozenset[str]) -> bool:
    """Whether `alternative` is written in `text` only inside a name none of whose other words
    were asked: "energy stocks" asked, "Marlow Energy climbed 3.1%" written."""
    stem = _word_stem(alternative)
    if stem is None or not text.named:
        return False
    others = dict(text.named).get(stem)
    return others is not None and not others & asked


def _has(text: _Text, alternative: str) -> bool:
    stem = _word_stem(alternative)
    if stem is None:
        return alternative in text.folded
    return stem in text.stems or (text.cjk and len(alternative) >= 2 and alternative in text.folded)


@lru_cache(maxsize=8192)
def _word_stem(alternative: str) -> str | None:
    """The stem to look up for a single English word; None to match as a substring."""
    if alternative.isascii() and " " not in alternative and _ASCII_WORD.fullmatch(alternative):
        # "u.s.": the text's words end before a final full stop (EN_WORD), so the stem is looked up without it.
        return _stem(alternative[:-1] if re.fullmatch(r"(?:[a-z]\.){2,}", alternative) else alternative)
    return None


_ASCII_WORD = re.compile(r"[a-z0-9][a-z0-9.\-+&']*")


EN_WORD = re.compile(r"[a-z0-9][a-z0-9.\-+&']*[a-z0-9+]|[a-z0-9]")
_EN_WORD = EN_WORD
