"""Composing digest messages from ranked stories: pure, no I/O."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot.core.digest_compose import Candidate, story_of
from bot.render.digest import compose_digest, render_digest
from bot.render.htmltext import visible_length
from summarizer.cluster import text_signature
from summarizer.model import Analysis, Figure, Keyword, Sentence

NOW = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
CHARS = "电池芯片钢铁出口订单产能需求价格投资项目数据季度企业政策汽车光伏储能消费零售物流港口银行保险基金利率债券指数"


def distinct_text(seed: int, length: int = 200) -> str:
    """Text that shares no long run with another seed's, so stories never merge."""
    rng = random.Random(seed)
    return "".join(rng.choice(CHARS) for _ in range(length))


def candidate(key: str, title: str, text: str, *, source: str = "甲报", url: str | None = None,
              analysis: Analysis | None = None, age_hours: float = 1) -> Candidate:
    return Candidate(key=key, title=title, url=url or f"https://news.example/{key}", url_key=None,
                     source=source, published=NOW - timedelta(hours=age_hours), text=text,
                     signature=text_signature(title + "\n" + text), analysis=analysis)


def analysis_with(*sentences: tuple[str, float], figure: str | None = None) -> Analysis:
    figures = ()
    if figure:
        figures = (Figure(text=figure, value=12.0, unit="%", approx=None, change=None, period=None,
                          subject="产量", context="", sentence_index=0, rank=1),)
    return Analysis(lang="zh", keywords=(Keyword("电池", 1.0),), figures=figures,
                    sentences=tuple(Sentence(index=i, text=t, score=s) for i, (t, s) in enumerate(sentences)))


def test_a_top_figure_that_is_a_loss_or_a_decline_says_so():
    from dataclasses import replace

    analysis = analysis_with(("第一句。", 0.2), figure="4662.3万元")
    loss = replace(analysis, figures=(replace(analysis.figures[0], subject="归母净利润", change="loss", approx="近"),))
    assert story_of([candidate("a", "标题", "正文", analysis=loss)]).figure == "归母净利润 近4662.3万元（亏损）"
    down = replace(analysis, figures=(replace(analysis.figures[0], change="down"),))
    assert story_of([candidate("a", "标题", "正文", analysis=down)]).figure == "产量 4662.3万元（下降）"



def test_a_top_figure_whose_words_say_its_direction_gets_no_note_as_in_the_chat():
    """The digest kept a shorter list of such words than the chat's figure lines: "毛利率提升"
    and "margin narrowed" were followed by a second "（上升）" / "(down)" there."""
    from dataclasses import replace

    from bot.render.figures import direction_note

    analysis = analysis_with(("第一句。", 0.2), figure="2个百分点")
    for subject, change in (("毛利率提升", "up"), ("利润率收窄", "down"), ("营收", "up")):
        figure = replace(analysis.figures[0], subject=subject, change=change)
        shown = story_of([candidate("a", "标题", "正文", analysis=replace(analysis, figures=(figure,)))]).figure
        in_chat = direction_note(figure, "zh", f"{subject} 2个百分点")
        assert shown.endswith(("（上升）", "（下降）")) == bool(in_chat), (shown, in_chat)

def test_story_shows_two_best_sentences_in_text_order_and_the_top_figure():
    analysis = analysis_with(("第一句。", 0.2), ("第二句很重要。", 0.9), ("第三句也重要。", 0.8), figure="12%")
    story = story_of([candidate("a", "标题", "正文", analysis=analysis)])
    assert story.sentences == ("第二句很重要。", "第三句也重要。")
    assert story.figure == "产量 12%"


def test_story_without_analysis_falls_back_to_the_feed_text():
    story = story_of([candidate("a", "标题", "feed 摘要第一行\n第二行")])
    assert story.sentences == ("feed 摘要第一行",) and story.figure is None


def test_user_text_is_escaped_in_the_html():
    digest = compose_digest([candidate("a", "<script>&", "正文 <b>x</b>")], now=NOW, lang="en",
                            heading="<b>Digest</b>")
    assert "&lt;script&gt;&amp;" in digest.messages[0]
    assert "<script>" not in digest.messages[0]


def test_long_digest_is_split_between_whole_stories_under_the_limit():
    analysis = analysis_with(*((f"这是第{i}句比较长的关键句子，" + "内容" * 60 + "。", 1.0 - i / 100) for i in range(3)))
    candidates = [candidate(str(i), distinct_text(i, 30), distinct_text(i + 100), analysis=analysis,
                            age_hours=i) for i in range(30)]
    digest = compose_digest(candidates, now=NOW, lang="zh", heading="<b>简报</b>", max_items=30)
    assert len(digest.stories) == 30 and len(digest.messages) > 1
    assert all(visible_length(m) <= 4096 for m in digest.messages)
    numbers = [line.split(".")[0] for m in digest.messages for line in m.split("\n")
               if line[:1].isdigit() and ". <a" in line]
    assert numbers == [str(i) for i in range(1, 31)]  # every story once, in order, none cut


def test_empty_digest_says_nothing_new():
    assert "Nothing new" in render_digest([], lang="en", heading="<b>Digest</b>")[0]


def test_max_items_limits_the_stories():
    candidates = [candidate(str(i), f"新闻{i}", distinct_text(i)) for i in range(12)]
    assert len(compose_digest(candidates, now=NOW, lang="zh", heading="h", max_items=5).stories) == 5
