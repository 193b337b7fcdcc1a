"""A who-said answer names who said it, even when only the next sentence does.

"“价格已经在底部区域徘徊…”澜岳新材董事会秘书沈一鸣…表示，…": the splitter ends the quoted words at
their closing mark, so the cited sentence holds the words and no speaker. Real service, storage,
summarizer and renderer on a SQLite file; the story is our own.
"""

from __future__ import annotations


from bot.render import text as render
from bot.render.htmltext import to_plain
from summarizer.model import Article
from tests.ask_helpers import on_service, read_article

CHAT = 3
STORY = Article(
    title="澜岳新材三季度净利润同比下降31%",
    text=("澜岳新材28日晚间披露三季报。今年第三季度，公司实现营业收入42.6亿元，同比下降18.4%。\n\n"
          "“价格已经在底部区域徘徊了一个季度，行业里超过一半的产能处于亏损状态。”澜岳新材董事会秘书沈一鸣"
          "在业绩说明会上表示，公司四季度将把开工率维持在七成左右。\n\n"
          "国泰证券分析师刘洋认为，多晶硅行业的出清仍需时间。"),
    url="https://example.com/lanyue-who", published="2026-10-28", lang="zh",
)


def _answers(tmp_path, *questions: str) -> list[str]:
    async def go(service) -> list[str]:
        await read_article(service, CHAT, STORY)
        return [to_plain(render.answer(await service.ask(CHAT, q), "zh")) for q in questions]

    return on_service(tmp_path / "who.db", go)


def test_the_quoted_words_are_shown_with_their_speaker(tmp_path) -> None:
    who, named = _answers(tmp_path, "谁说价格在底部", "谁认为多晶硅行业出清仍需时间")
    assert "沈一鸣：“价格已经在底部区域徘徊" in who
    # A sentence that names its speaker is shown as it is, with no second name before it.
    assert "• 国泰证券分析师刘洋认为" in named
