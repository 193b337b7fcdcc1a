"""What the /ask tests share: a chat library of one article (as written, or with its analysis's
figures), a question over some libraries, and the answer's first sentence or its bold part; and the
real service on a SQLite file, for the tests that ask through it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from summarizer import analyze
from summarizer.answer import Answer, Passage, answer
from summarizer.split import split_sentences

T = TypeVar("T")


def library(key: str, title: str, *sentences: str) -> list[Passage]:
    """One stored article: each sentence a passage that knows its whole article."""
    return [Passage(s, key, i, title, f"https://example.com/{key}", "2026-11-20", article=sentences)
            for i, s in enumerate(sentences)]


def analysed(key: str, title: str, *sentences: str) -> list[Passage]:
    """One stored article with its analysis's figures, as the service passes them."""
    figures = analyze("".join(sentences), title=title).figures
    return [Passage(s, key, i, title, f"https://example.com/{key}", "2026-11-20", figures=figures,
                    article=sentences) for i, s in enumerate(sentences)]


def analyzed(key: str, title: str, text: str) -> list[Passage]:
    """One stored article with the figures and quotes its analysis finds, as the bot stores it."""
    sentences = tuple(s.text for s in split_sentences(text))
    analysis = analyze(text, title=title)
    return [Passage(s, key, i, title, f"https://example.com/{key}", "2026-11-20", article=sentences,
                    figures=tuple(analysis.figures), quotes=tuple(analysis.quotes)) for i, s in enumerate(sentences)]


def ask(question: str, *libraries: list[Passage]) -> Answer:
    return answer(question, [p for lib in libraries for p in lib])


def first(found: Answer) -> str:
    """The first cited sentence; fails when the answer abstained."""
    assert not found.abstained, found
    return found.sentences[0].text


def highlighted(question: str, *libraries: list[Passage]) -> str | None:
    """The highlighted part of the first cited sentence (None when nothing is); fails when the answer abstained."""
    found = ask(question, *libraries)
    assert not found.abstained, found
    return found.sentences[0].highlighted


def shown_part(question: str, *libraries: list[Passage]) -> str | None:
    """What the reader sees as the answer: the highlighted part of the first cited sentence, the whole
    sentence when nothing is highlighted; None when the answer abstained."""
    found = ask(question, *libraries)
    if found.abstained:
        return None
    sentence = found.sentences[0]
    return sentence.text[sentence.highlight[0]:sentence.highlight[1]] if sentence.highlight else sentence.text


def on_service(db, call: Callable[[Any], Awaitable[T]]) -> T:
    """`await call(service)` with the real service, storage and summarizer on the SQLite file `db`; the service is
    closed after, which waits for the search index to be written."""
    import asyncio

    from bot.core.analyzer import Analyzer
    from bot.core.service import Service
    from bot.web.fetch import FetchConfig
    from storage import AsyncStore

    async def go() -> T:
        store = await AsyncStore.open(db)
        service = Service(store, analyzer=Analyzer(workers=0), fetch_config=FetchConfig())
        try:
            return await call(service)
        finally:
            await service.close()

    return asyncio.run(go())


async def read_article(service, chat: int, article):
    """`article` stored, analysed as a summary request would and put in chat `chat`'s history; the stored article."""
    stored, _ = await service.store.put_article(article)
    await service.brief_of(stored)
    await service.store.add_history(chat, stored.id)
    return stored


def ask_stored(db, chat: int, question: str) -> Answer:
    """`question` asked of chat `chat` through the real service, storage and summarizer on the SQLite file `db`."""
    return on_service(db, lambda service: service.ask(chat, question))
