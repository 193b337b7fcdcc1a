"""Near-duplicate stories and their ranking, for digests.

The same news reaches a chat through several feeds and shared links, under
different URLs and lightly edited. Stories are merged when their normalized
URLs are equal or when the MinHash estimate of the Jaccard similarity of their
character shingles reaches `threshold` (candidates from datasketch's
MinHashLSH, then checked on the signatures). Character shingles work for
Chinese, which has no spaces, as well as for English.

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
SEED = 1
SCHEME = "affine32"
SHINGLE_CHARS = 4
# Only the start of a text is hashed: the lead identifies a story, and the
# cost stays flat for long articles.
SIGNATURE_TEXT_CHARS = 1500
DEFAULT_THRESHOLD = 0.5

_NOT_WORD = re.compile(r"[\W_]+")
_HASH_MULTIPLIER = np.uint64(1_000_003)
_LOW_32_BITS = np.uint64(0xFFFFFFFF)
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _identity(value: int) -> int:
    return value


def _shingle_hashes(text: str, k: int = SHINGLE_CHARS) -> np.ndarray:
    """32-bit hashes of the distinct k-character shingles of `text` (vectorized)."""
    normalized = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).lower())
    codes = np.frombuffer(normalized.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - k + 1
    if count <= 0:
        return codes & _LOW_32_BITS  # a very short text: hash its characters
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(k):
        hashes = (hashes * _HASH_MULTIPLIER) ^ codes[offset : offset + count]
    return np.unique(hashes & _LOW_32_BITS)


def text_signature(text: str) -> bytes:
    """MinHash signature of the start of `text`: NUM_PERM little-endian uint32 values."""
    minhash = MinHash(
        num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS, hashfunc=_identity
    )
    hashes = _shingle_hashes(text[:SIGNATURE_TEXT_CHARS])
    if len(hashes):
        minhash.update_batch(hashes.tolist())
    return minhash.hashvalues.astype("<u4").tobytes()


def _lean(signature: bytes) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(signature, dtype="<u4"), scheme=SCHEME)


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
    """MinHashLSH over item signatures, with each item's verified neighbours cached."""

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, bytes] = {}
        self._neighbours: dict[str, frozenset[str]] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, key: str, signature: bytes) -> None:
        """Index an item and link it to its near-duplicates already indexed."""
        if key in self._signatures:
            return
        lean = _lean(signature)
        found = frozenset(
            other
            for other in self._lsh.query(lean)
            if similarity(signature, self._signatures[other]) >= self.threshold
        )
        self._signatures[key] = signature
        self._lsh.insert(key, lean, check_duplication=False)
        self._neighbours[key] = found
        for other in found:
            self._neighbours[other] = self._neighbours[other] | {key}

    def discard(self, keys: Iterable[str]) -> None:
        """Forget items (e.g. older than any digest window) to bound memory."""
        for key in keys:
            if self._signatures.pop(key, None) is None:
                continue
            self._lsh.remove(key)
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
    term_sets = [frozenset(t for item in group for t in item.terms) for group in groups]
    document_frequency: dict[str, int] = {}
    for terms in term_sets:
        for term in terms:
            document_frequency[term] = document_frequency.get(term, 0) + 1
    others = max(len(groups) - 1, 1)
    half_life = weights.half_life_hours * 3600.0
    stories: list[tuple[float, int, Story]] = []
    for order, (group, terms) in enumerate(zip(groups, term_sets, strict=True)):
        centrality = (
            sum(document_frequency[t] - 1 for t in terms) / (len(terms) * others) if terms else 0.0
        )
        newest = max(item.published for item in group)
        age = max(now - newest, 0.0)
        source_count = len({item.source for item in group})
        score = (
            weights.sources * math.log2(1 + source_count)
            + weights.recency * 0.5 ** (age / half_life)
            + weights.centrality * centrality
        )
        lead = _representative(group)
        ordered = (lead, *(item for item in group if item is not lead))
        stories.append(
            (score, order, Story(ordered, source_count, round(score, 6), round(centrality, 6)))
        )
    stories.sort(key=lambda entry: (-entry[0], entry[1]))
    ranked = [story for _, _, story in stories]
    return ranked[:limit] if limit is not None else ranked


def _representative(group: list[StoryItem]) -> StoryItem:
    """The item shown for a story: the one with the most terms (the richest text), then the earliest."""
    return max(group, key=lambda item: (len(item.terms), -item.published))


_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[a-z][a-z0-9'-]{2,}")
_LATIN_STOPWORDS = frozenset(
    "the and for with from that this are was were has have its into over after about says said "
    "new more than will not but who what why how".split()
)


def title_terms(title: str) -> tuple[str, ...]:
    """Terms of a headline for centrality: CJK character bigrams and Latin words.

    Cheap enough for every candidate (the full keyword analysis runs only for
    the stories that are shown); sorted and deduplicated for determinism.
    """
    text = unicodedata.normalize("NFKC", title).lower()
    terms = {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(max(len(run) - 1, 1))}
    terms.update(w for w in _LATIN_WORD.findall(text) if w not in _LATIN_STOPWORDS)
    return tuple(sorted(terms))
