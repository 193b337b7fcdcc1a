"""/ask retrieval: from a question to candidate sentences of ONE chat, then to an answer.

The ranking and the decision to abstain are pure (`summarizer.answer`); this
module only does the I/O around them:

1. parse the question (jieba, off the event loop) into search terms, aliases
   included (Baidu -> 百度), so English questions reach Chinese articles;
2. run storage's FTS5 search in "any" mode, scoped to the chat's history, so
   another chat's articles can never be candidates;
3. attach each candidate article's cached figures and quotes (no analysis is
   ever computed here: an article without a cached analysis just has none) and
   its sentences, the context that names the company or period a sentence omits;
4. rank, check the question's constraints and decide, off the event loop.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from summarizer.answer import DEFAULT_THRESHOLDS, Answer, Passage, Thresholds, answer, fold, parse_question
from summarizer.answer.names import entity_in
from summarizer.terms import query_terms
from summarizer.model import Analysis

logger = logging.getLogger(__name__)

# How many sentences the index returns for re-ranking. The right sentence is
# nearly always in the top 20 by bm25; 60 leaves room for number questions, whose
# answer may rank low on words alone.
CANDIDATES = 60
# Cached analyses are looked up for the best-ranked articles only: each lookup
# costs a read and a JSON decode, and lower articles rarely win.
ANALYSED_ARTICLES = 8
MAX_QUESTION_CHARS = 500
# Whole articles are read (for context) for the best-ranked few only.
CONTEXT_ARTICLES = 4


async def answer_question(
    store: Any,
    chat_id: int,
    question: str,
    *,
    analysis_version: str,
    analysis_key: str = "",
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    candidates: int = CANDIDATES,
    run: Callable[..., Awaitable[Any]] | None = None,
    article_id: int | None = None,
) -> Answer:
    """The answer to `question` from chat `chat_id`'s articles (only article `article_id`'s
    when given: the question replies to that article's message), or an abstention.

    `run(function, *args)` runs the CPU work (parsing, ranking) off the event loop:
    the bot passes its analysis worker, where jieba is loaded already; the default
    is a thread of this process.
    """
    run = run or asyncio.to_thread
    # The reply repeats the question as the reader wrote it, not as parsed ("How much did Tesla
    # earn?" is read as "how much net income did Tesla report", "Could you tell me…" as "What is…").
    asked = question.strip()
    parsed = await run(parse_question, question)
    if not parsed.terms:
        return Answer(asked, abstained=True, reason="no_terms", kind=parsed.kind)
    hits = await _search(store, chat_id, parsed.search_queries(), candidates, run)
    if article_id is not None:
        hits = [hit for hit in hits if hit.article_id == article_id]
    if not hits:
        return Answer(asked, abstained=True, reason="no_candidates", kind=parsed.kind)

    analyses: dict[int, Analysis | None] = {}
    sentences: dict[int, tuple[str, ...]] = {}
    for article_id in _articles_first_naming(hits, parsed):
        if len(analyses) >= ANALYSED_ARTICLES:
            break
        analyses[article_id] = await store.find_analysis(
            article_id, version=analysis_version, params_key=analysis_key
        )
        if parsed.constraints and len(sentences) < CONTEXT_ARTICLES:
            sentences[article_id] = tuple(await store.article_sentences(article_id))
        if analyses[article_id] is None:
            analyses[article_id] = await _older_analysis(store, article_id, analysis_key, sentences)
    passages = [_passage(hit, analyses.get(hit.article_id), sentences.get(hit.article_id, ()))
                for hit in hits]
    if parsed.kind == "quote":
        passages += await _quoted_passages(store, hits, analyses, sentences, parsed)
    result = await run(functools.partial(answer, thresholds=thresholds), parsed, passages)
    logger.debug("ask chat=%s candidates=%d abstained=%s reason=%s", chat_id, len(passages),
                 result.abstained, result.reason)
    return replace(result, question=asked)


async def _older_analysis(store: Any, article_id: int, analysis_key: str,
                          sentences: dict[int, tuple[str, ...]]) -> Analysis | None:
    """An older summarizer version's analysis, while its article waits to be shown again.

    After an upgrade no cached analysis is of the running version, and without one /ask knows no
    figure or quote of the article: "谁说价格在底部" found the quoted sentence but no speaker and
    refused. The older one serves when its sentences are still the article's stored sentences
    (a quote's sentence_index must point at the same sentence); else there is none.
    """
    older = await store.latest_analysis(article_id, params_key=analysis_key)
    if older is None:
        return None
    stored = sentences.get(article_id) or tuple(await store.article_sentences(article_id))
    return older if older.sentence_count == len(stored) else None


async def _quoted_passages(store: Any, hits: list[Any], analyses: dict[int, Analysis | None],
                           sentences: dict[int, tuple[str, ...]], parsed: Any) -> list[Passage]:
    """The sentences whose quotes the question's person said, where the index cannot find them.

    "刘晨则持不同看法。她认为，…“…”": the quote names 她, not 刘晨, so no search term reaches it,
    but the cached analysis knows whose words they are.
    """
    names = {alt for term in parsed.terms if not term.number for alt in term.alternatives if len(alt) >= 2}
    found = {(hit.article_id, hit.sentence_index) for hit in hits}
    first_hit: dict[int, Any] = {}
    for hit in hits:
        first_hit.setdefault(hit.article_id, hit)
    extra: list[Passage] = []
    for article_id, analysis in analyses.items():
        said = sorted({q.sentence_index for q in (analysis.quotes if analysis else ())
                       if q.speaker and (article_id, q.sentence_index) not in found
                       and any(name in fold(q.speaker) or fold(q.speaker) in name for name in names)})
        if not said:
            continue
        article = sentences.get(article_id) or tuple(await store.article_sentences(article_id))
        extra += [_passage(replace(first_hit[article_id], text=article[i], sentence_index=i), analysis, article)
                  for i in said if i < len(article)]
    return extra


def _articles_first_naming(hits: list[Any], parsed: Any) -> list[int]:
    """The hits' articles, best first, those naming the question's entity ahead: in a
    chat of thousands of articles, the one about the company asked for may rank below
    many that merely share its words, and it is the one whose context matters."""
    order = list(dict.fromkeys(hit.article_id for hit in hits))
    entities = parsed.constraints.entities
    if not entities:
        return order
    naming = dict.fromkeys(hit.article_id for hit in hits if any(
        entity_in(entity, fold(f"{hit.title or ''} {hit.text}")) for entity in entities))
    return [*naming, *(a for a in order if a not in naming)]


async def _search(store: Any, chat_id: int, queries: tuple[str, ...], limit: int,
                  run: Callable[..., Awaitable[Any]]) -> list[Any]:
    """Hits of every query, each sentence once; scores are scaled per query (to the
    best hit = 1) so a query in the other script cannot drown the first."""
    merged: dict[tuple[int, int], Any] = {}
    for terms in await run(query_terms, queries):  # one trip to the worker for every query
        hits = await store.search(chat_id, terms, limit=limit)
        best = max((hit.score for hit in hits), default=0.0) or 1.0
        for hit in hits:
            key = (hit.article_id, hit.sentence_index)
            scaled = replace(hit, score=max(hit.score, 0.0) / best)
            if key not in merged or merged[key].score < scaled.score:
                merged[key] = scaled
    return sorted(merged.values(), key=lambda h: -h.score)


def _passage(hit: Any, analysis: Analysis | None, article: tuple[str, ...] = ()) -> Passage:
    date = hit.published or (hit.shared_at.date().isoformat() if hit.shared_at else None)
    return Passage(
        text=hit.text,
        article_id=hit.article_id,
        sentence_index=hit.sentence_index,
        title=hit.title,
        url=hit.url,
        date=(date or "")[:10] or None,
        bm25=max(hit.score, 0.0),
        figures=analysis.figures if analysis else (),
        quotes=analysis.quotes if analysis else (),
        article=article,
    )
