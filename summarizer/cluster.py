"""Near-duplicate stories and their ranking, for digests.

The same news reaches a chat through several feeds and shared links, under
different URLs and lightly edited. Stories are merged when their normalized
URLs are equal or when the MinHash estimate of the Jaccard similarity of their
character shingles reaches `threshold`: candidates come from banded LSH
(16 bands of 4 values, so pairs near 0.5 similarity meet in some band), and
are then checked on the whole signatures. Character shingles work for
Chinese, which has no spaces, as well as for English.

MinHash and LSH are the textbook constructions that datasketch implements
(its MinHash is the reference in the tests); they are written out here with
numpy because importing datasketch pulls in scipy.integrate, about two seconds
of bot start-up, and its per-shingle Python hashing is slower.

Signatures are computed once per item (`text_signature`) and kept as bytes, so
a digest over hundreds of items only does LSH look-ups. `NearDuplicateIndex`
is meant to live across many chats' digests: each item's neighbours are found
once and reused by every chat that follows the same feeds.

Pure: str/bytes in, frozen dataclasses out.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np

NUM_PERM = 64
LSH_BANDS = 16
SEED = 1
SHINGLE_CHARS = 4
# Only the start of a text is hashed: the lead identifies a story, and the
# cost stays flat for long articles.
SIGNATURE_TEXT_CHARS = 1500
DEFAULT_THRESHOLD = 0.5

_HASH_MULTIPLIER = np.uint64(1_000_003)
_LOW_32_BITS = np.uint64(0xFFFFFFFF)
_MAX_HASH = 0xFFFFFFFF
# NUM_PERM random permutations h -> a·h + b mod 2^32 (a odd, so each is a bijection), as columns.
_RANDOM = np.random.RandomState(SEED)
_PERM_A = (_RANDOM.randint(0, 2**31, size=(NUM_PERM, 1), dtype=np.uint64) * 2 + 1)
_PERM_B = _RANDOM.randint(0, 2**32, size=(NUM_PERM, 1), dtype=np.uint64)
_BAND_BYTES = NUM_PERM * 4 // LSH_BANDS


def _word_codes(text: str) -> np.ndarray:
    """Code points of `text` lower-cased, without spaces, punctuation and symbols.

    Done on a numpy array (a regex over CJK text costs ~1 ms per article):
    full-width ASCII is folded to ASCII, and only ASCII letters and digits,
    Latin/Greek/Cyrillic letters and CJK characters are kept.
    """
    codes = np.frombuffer(text.lower().encode("utf-32-le"), dtype=np.uint32).copy()
    full_width = (codes >= 0xFF01) & (codes <= 0xFF5E)
    codes[full_width] -= 0xFEE0
    codes[(codes >= 0x41) & (codes <= 0x5A)] += 0x20  # folded full-width capitals
    keep = (
        ((codes >= 0x30) & (codes <= 0x39))
        | ((codes >= 0x61) & (codes <= 0x7A))
        | ((codes >= 0xC0) & (codes < 0x2000) & (codes != 0xD7) & (codes != 0xF7))
        | ((codes >= 0x3040) & (codes < 0xFF00))
        | (codes >= 0x20000)
    )
    return codes[keep].astype(np.uint64)


def _shingle_hashes(text: str, k: int = SHINGLE_CHARS) -> np.ndarray:
    """32-bit hashes of the distinct k-character shingles of `text` (vectorized)."""
    codes = _word_codes(text)
    count = len(codes) - k + 1
    if count <= 0:
        return np.unique(codes & _LOW_32_BITS)  # a very short text: hash its characters
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(k):
        hashes = (hashes * _HASH_MULTIPLIER) ^ codes[offset : offset + count]
    # Mix the high bits down before keeping 32 of them (a multiply-xorshift finalizer).
    hashes ^= hashes >> np.uint64(29)
    hashes *= np.uint64(0xBF58476D1CE4E5B9)
    hashes ^= hashes >> np.uint64(32)
    return np.unique(hashes & _LOW_32_BITS)


def text_signature(text: str) -> bytes:
    """MinHash signature of the start of `text`: NUM_PERM little-endian uint32 values.

    For each permutation, the minimum over the text's shingle hashes of
    a·h + b mod 2^32, computed in one numpy pass.
    """
    hashes = _shingle_hashes(text[:SIGNATURE_TEXT_CHARS])
    if not len(hashes):
        return np.full(NUM_PERM, _MAX_HASH, dtype="<u4").tobytes()
    permuted = (_PERM_A * hashes.reshape(1, -1) + _PERM_B) & _LOW_32_BITS
    return permuted.min(axis=1).astype("<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    left, right = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(left == right)) / NUM_PERM


@dataclass(frozen=True, slots=True)
class StoryItem:
    """One candidate for a digest: a feed entry or a link shared in the chat.

    `key` is unique among items; `url_key` is the normalized URL (None for
    pasted text); `published` a POSIX timestamp; `terms` the item's keywords,
    used for centrality.
    """

    key: str
    url_key: str | None
    title: str
    source: str
    published: float
    signature: bytes
    terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    """A group of items telling the same story; `items[0]` is its representative."""

    items: tuple[StoryItem, ...]
    source_count: int
    score: float
    centrality: float

    @property
    def lead(self) -> StoryItem:
        return self.items[0]


class NearDuplicateIndex:
    """Banded LSH over item signatures, with each item's verified neighbours kept."""

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._signatures: dict[str, bytes] = {}
        self._neighbours: dict[str, frozenset[str]] = {}
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(LSH_BANDS)]

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def __len__(self) -> int:
        return len(self._signatures)

    @staticmethod
    def _bands(signature: bytes) -> list[bytes]:
        return [signature[i : i + _BAND_BYTES] for i in range(0, len(signature), _BAND_BYTES)]

    def add(self, key: str, signature: bytes) -> None:
        """Index an item and link it to its near-duplicates already indexed."""
        if key in self._signatures:
            return
        candidates: set[str] = set()
        bands = self._bands(signature)
        for buckets, band in zip(self._buckets, bands, strict=True):
            members = buckets.get(band)
            if members:
                candidates.update(members)
        found = frozenset(
            other
            for other in candidates
            if similarity(signature, self._signatures[other]) >= self.threshold
        )
        self._signatures[key] = signature
        for buckets, band in zip(self._buckets, bands, strict=True):
            buckets.setdefault(band, []).append(key)
        self._neighbours[key] = found
        for other in found:
            self._neighbours[other] = self._neighbours[other] | {key}

    def discard(self, keys: Iterable[str]) -> None:
        """Forget items (e.g. older than any digest window) to bound memory."""
        for key in keys:
            signature = self._signatures.pop(key, None)
            if signature is None:
                continue
            for buckets, band in zip(self._buckets, self._bands(signature), strict=True):
                members = buckets[band]
                members.remove(key)
                if not members:
                    del buckets[band]
            for other in self._neighbours.pop(key):
                self._neighbours[other] = self._neighbours[other] - {key}

    def neighbours(self, key: str) -> frozenset[str]:
        """Keys whose signature is at least `threshold` similar to `key`'s."""
        return self._neighbours[key]


@dataclass(frozen=True, slots=True)
class RankWeights:
    """How much each signal counts; recency halves every `half_life_hours`."""

    sources: float = 1.0
    recency: float = 1.0
    centrality: float = 0.5
    half_life_hours: float = 12.0


def group_stories(
    items: Sequence[StoryItem], *, index: NearDuplicateIndex | None = None
) -> list[list[StoryItem]]:
    """Merge items by equal normalized URL or near-duplicate text; groups in input order.

    Pass a long-lived `index` to reuse neighbour look-ups across many calls;
    items missing from it are added.
    """
    if index is None:
        index = NearDuplicateIndex()
    for item in items:
        index.add(item.key, item.signature)
    position = {item.key: i for i, item in enumerate(items)}
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_with_url: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.url_key:
            union(i, first_with_url.setdefault(item.url_key, i))
        for other in index.neighbours(item.key):
            j = position.get(other)
            if j is not None:
                union(i, j)
    groups: dict[int, list[StoryItem]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return list(groups.values())


def rank_stories(
    items: Sequence[StoryItem],
    *,
    now: float,
    limit: int | None = None,
    weights: RankWeights = RankWeights(),
    index: NearDuplicateIndex | None = None,
) -> list[Story]:
    """Group near-duplicates and rank the stories, best first.

    Score = sources·log2(1 + distinct sources) + recency·2^(-age/half-life)
    + centrality·(share of the other stories that share its terms, averaged
    over its terms). Ties go to the earlier item, so output is deterministic.
    """
    groups = group_stories(items, index=index)
    term_sets = [
        group[0].terms if len(group) == 1 else tuple({t for item in group for t in item.terms})
        for group in groups
    ]
    document_frequency = Counter(chain.from_iterable(term_sets))
    others = max(len(groups) - 1, 1)
    decay = math.log(0.5) / (weights.half_life_hours * 3600.0)
    scored: list[tuple[float, int, float, int]] = []
    for order, (group, terms) in enumerate(zip(groups, term_sets, strict=True)):
        centrality = (
            (sum(map(document_frequency.__getitem__, terms)) - len(terms)) / (len(terms) * others)
            if terms
            else 0.0
        )
        newest = group[0].published if len(group) == 1 else max(item.published for item in group)
        source_count = 1 if len(group) == 1 else len({item.source for item in group})
        score = (
            weights.sources * math.log2(1 + source_count)
            + weights.recency * math.exp(decay * max(now - newest, 0.0))
            + weights.centrality * centrality
        )
        scored.append((-score, order, centrality, source_count))
    scored.sort()
    ranked = []
    for negative_score, order, centrality, source_count in scored[:limit]:
        group = groups[order]
        lead = _representative(group)
        ordered = (lead, *(item for item in group if item is not lead))
        ranked.append(Story(ordered, source_count, round(-negative_score, 6), round(centrality, 6)))
    return ranked


def _representative(group: list[StoryItem]) -> StoryItem:
    """The item shown for a story: the one with the most terms (the richest text), then the earliest."""
    return max(group, key=lambda item: (len(item.terms), -item.published))


_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9'-]{2,}")
_LATIN_STOPWORDS = frozenset(
    "the and for with from that this are was were has have its into over after about says said "
    "new more than will not but who what why how".split()
)


@lru_cache(maxsize=65_536)
def title_terms(title: str) -> tuple[str, ...]:
    """Terms of a headline for centrality: CJK character bigrams and Latin words.

    Cheap enough for every candidate (the full keyword analysis runs only for
    the stories that are shown); sorted and deduplicated for determinism.
    """
    text = unicodedata.normalize("NFKC", title).lower()
    terms = {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(max(len(run) - 1, 1))}
    terms.update(w for w in _LATIN_WORD.findall(text) if w not in _LATIN_STOPWORDS)
    return tuple(sorted(terms))
