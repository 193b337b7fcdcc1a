"""Composing a digest: candidates in, ranked stories out (`bot.render.digest` writes them as text).

Pure: no database, network or Telegram. The candidates (feed entries and links
shared in the chat since the last digest) and their cached analyses are
gathered by `bot.core.digest`; this module merges near-duplicates
(`summarizer.cluster`), ranks the stories, picks each one's 1–2 key sentences
and top figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.direction_words import DIRECTION_WORDS, says_direction
from bot.langs import to_hant
from summarizer.cluster import (
    NearDuplicateIndex,
    RankWeights,
    StoryItem,
    rank_stories,
    title_terms,
)
from summarizer.model import Analysis
from summarizer.traditional import to_simplified

DEFAULT_MAX_ITEMS = 10
MAX_ITEMS_LIMIT = 30
KEY_SENTENCES = 2
SENTENCE_CHARS = 160


@dataclass(frozen=True, slots=True)
class Candidate:
    """A feed entry or shared link that may go into a digest.

    `key` is unique across candidates ("item:12", "article:7"); `text` is what
    the feed said (used when there is no analysis); `signature` is the MinHash
    of the story's text, left empty when the caller's index already holds it.
    """

    key: str
    title: str
    url: str | None
    url_key: str | None
    source: str
    published: datetime
    text: str = ""
    signature: bytes = b""
    analysis: Analysis | None = None
    article_id: int | None = None


@dataclass(frozen=True, slots=True)
class DigestStory:
    title: str
    url: str | None
    sources: tuple[str, ...]
    sentences: tuple[str, ...]
    figure: str | None
    keys: tuple[str, ...]
    article_id: int | None = None


@dataclass(frozen=True, slots=True)
class Digest:
    stories: tuple[DigestStory, ...]
    messages: tuple[str, ...]
    candidate_count: int
    # Articles of the stories left out because another section shows them (held alerts):
    # shown all the same, so they join the chat's history like the stories.
    shown_elsewhere_articles: tuple[int, ...] = ()


class DigestRenderer(Protocol):
    """How the front end writes a digest's stories as messages (`bot.render.digest.render_digest`)."""

    def __call__(self, stories: Sequence[DigestStory], *, lang: str, heading: str) -> list[str]: ...


def rank_candidates(
    candidates: Sequence[Candidate],
    *,
    now: datetime,
    max_items: int = DEFAULT_MAX_ITEMS,
    index: NearDuplicateIndex | None = None,
    weights: RankWeights = RankWeights(),
    item_cache: dict[str, StoryItem] | None = None,
) -> list[list[Candidate]]:
    """The best `max_items` stories, each a list of candidates with its lead first.

    `item_cache` keeps each candidate's StoryItem (its headline terms) across
    calls: the same feed entry is ranked for every chat that follows its feed.
    """
    by_key = {c.key: c for c in candidates}
    cache = item_cache if item_cache is not None else {}
    items = []
    for c in candidates:
        item = cache.get(c.key)
        if item is None:
            item = cache[c.key] = StoryItem(
                key=c.key,
                url_key=c.url_key,
                title=c.title,
                source=c.source,
                published=c.published.timestamp(),
                signature=c.signature,
                terms=title_terms(c.title),
            )
        items.append(item)
    stories = rank_stories(items, now=now.timestamp(), limit=max_items, weights=weights, index=index)
    return [[by_key[item.key] for item in story.items] for story in stories]


def story_of(group: Sequence[Candidate]) -> DigestStory:
    """What a digest shows of one story: its lead's title, link, key sentences, top figure."""
    lead = group[0]
    analysis = next((c.analysis for c in group if c.analysis is not None), None)
    sources = tuple(dict.fromkeys(c.source for c in group))
    return DigestStory(
        title=lead.title,
        url=lead.url,
        sources=sources,
        sentences=_key_sentences(lead, analysis),
        figure=_top_figure(analysis),
        keys=tuple(c.key for c in group),
        article_id=next((c.article_id for c in group if c.article_id is not None), None),
    )


def _key_sentences(lead: Candidate, analysis: Analysis | None) -> tuple[str, ...]:
    """The 1–2 best-scored sentences (in text order), skipping one that repeats the title."""
    if analysis is not None and analysis.sentences:
        best = sorted(analysis.sentences, key=lambda s: (-s.score, s.index))
        chosen = [s for s in best if s.text.strip() != lead.title.strip()][:KEY_SENTENCES]
        texts = [s.text for s in sorted(chosen, key=lambda s: s.index)]
    else:
        first = lead.text.strip().split("\n", 1)[0]
        texts = [first] if first and first != lead.title else []
    return tuple(_clip(text.strip(), SENTENCE_CHARS) for text in texts if text.strip())


_VAGUE_APPROX = ("多", "几", "余", "数", "上")


def _top_figure(analysis: Analysis | None) -> str | None:
    """"产量 12%", "净利润 近5亿元", "归母净利润 4662.3万元（亏损）"."""
    if analysis is None or not analysis.key_figures:
        return None
    figure = analysis.key_figures[0]
    zh = analysis.lang != "en"
    amount = figure.text
    if figure.approx and figure.approx not in amount and to_simplified(figure.approx) not in _VAGUE_APPROX:
        amount = f"{figure.approx}{'' if zh else ' '}{amount}"
    shown = f"{figure.subject} {amount}" if figure.subject and figure.subject not in figure.text else amount
    word = DIRECTION_WORDS["zh" if zh else "en"].get(figure.change or "")
    folded = to_simplified(shown)  # a traditional 虧損 says 亏损
    # A rise, a decline or a loss is said in words: a digest never shows a loss as a plain amount,
    # nor leaves a reader to guess whether "revenue 21%" rose or fell (the chat's lines say it too).
    if word and word not in folded and not says_direction(figure.change, folded):
        # A story is shared by every chat that follows the feed: its note is written in
        # the article's own script, as the words beside it are.
        word = to_hant(word) if folded != shown else word
        shown += f"（{word}）" if zh else f" ({word})"
    return shown


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
