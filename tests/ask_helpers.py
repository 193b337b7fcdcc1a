"""What the /ask tests share: a chat library of one article, a question over some
libraries, and the answer's first sentence."""

from __future__ import annotations

from summarizer.answer import Answer, Passage, answer


def library(key: str, title: str, *sentences: str) -> list[Passage]:
    """One stored article: each sentence a passage that knows its whole article."""
    return [Passage(s, key, i, title, f"https://example.com/{key}", "2026-11-20", article=sentences)
            for i, s in enumerate(sentences)]


def ask(question: str, *libraries: list[Passage]) -> Answer:
    return answer(question, [p for lib in libraries for p in lib])


def first(found: Answer) -> str:
    """The first cited sentence; fails when the answer abstained."""
    assert not found.abstained, found
    return found.sentences[0].text


def ask_stored(db, chat: int, question: str) -> Answer:
    """`question` asked of chat `chat` through the real service, storage and summarizer on the SQLite file `db`."""
    import asyncio

    from bot.core.analyzer import Analyzer
    from bot.core.service import Service
    from bot.web.fetch import FetchConfig
    from storage import AsyncStore

    async def go() -> Answer:
        store = await AsyncStore.open(db)
        service = Service(store, analyzer=Analyzer(workers=0), fetch_config=FetchConfig())
        try:
            return await service.ask(chat, question)
        finally:
            await service.close()

    return asyncio.run(go())
