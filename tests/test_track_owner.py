"""/track counts a company's bare-metric figures ("营业收入52.3亿元") when its article is about it alone:
on a real SQLite store with cached analyses, through the service /track calls."""

from datetime import UTC, datetime

import pytest

import summarizer
from bot.core.service import ANALYSIS_KEY
from bot.core.watching import WatchService
from storage import AsyncStore
from summarizer import analyze
from summarizer.model import Article, Figure
from summarizer.track_owner import bare_metric, owned_figures

NOW = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)

ZH_TITLE = "云帆科技第三季度营收增长18%"
ZH_TEXT = ("云帆科技2024年第三季度营收同比增长18%。\n"
           "公司第三季度实现营业收入52.3亿元，同比增长18%；净利润6.1亿元，同比增长25%。\n"
           "毛利率为32.5%，较上年同期提升1.2个百分点。\n"
           "作为对比，比亚迪同期营收增长25%。净利润增长30%。\n"
           "云帆科技股价当日上涨5.2%。")
EN_TITLE = "Northwind Robotics third-quarter revenue rises 14%"
EN_TEXT = ("Northwind Robotics said on Tuesday that revenue rose 14% to $2.1 billion in the third quarter.\n"
           "Net income was $310 million.\n"
           "Rival Acme Corp reported revenue growth of 9% in the same period.\n"
           "Shares of Northwind Robotics rose 6% in early trading.")
PAIR_TITLE = "云帆科技与星河电子三季报对比"
PAIR_TEXT = ("云帆科技与星河电子近日相继发布三季报。\n"
             "星河电子第三季度营业收入40.1亿元，同比增长9%。\n"
             "净利润3.2亿元，同比增长7%。\n"
             "云帆科技同期营业收入52.3亿元。\n"
             "净利润6.1亿元，同比增长25%。")


class Clock:
    def __call__(self):
        return NOW


@pytest.fixture
async def store(tmp_path):
    async with await AsyncStore.open(tmp_path / "t.db") as s:
        yield s


async def _add(store, title, text, date="2024-10-30", chat=1):
    saved, _ = await store.put_article(Article(text=text, title=title, published=date,
                                               url=f"https://news.example/{abs(hash((title, text)))}"))
    await store.put_analysis(saved.id, analyze(text, title=title), version=summarizer.SUMMARIZER_VERSION,
                             params_key=ANALYSIS_KEY)
    await store.add_history(chat, saved.id)
    return saved.id


async def _track(store, name):
    async def never(article_id):
        raise AssertionError("the cached analysis is read from storage")

    return (await WatchService(store, clock=Clock(), analysis_for=never).track(1, name)).track


def _lines(track):
    return {(s.metric, p.figure.text) for s in track.series for p in s.points}


async def test_a_company_results_article_gives_its_revenue_and_profit_but_not_its_peers(store):
    await _add(store, ZH_TITLE, ZH_TEXT)
    own = _lines(await _track(store, "云帆科技"))
    assert {("revenue", "52.3亿元"), ("revenue_growth", "18%"), ("net_profit", "6.1亿元"),
            ("net_profit_growth", "25%"), ("gross_margin", "32.5%")} <= own
    # 比亚迪's 25% and the 30% right after it (the last company named is 比亚迪) are not 云帆科技's.
    assert not {t for _, t in own} & {"30%"}
    assert ("revenue_growth", "25%") not in own
    peer = _lines(await _track(store, "比亚迪"))
    assert peer == {("revenue_growth", "25%")}  # its own named figure only, none of the bare ones


async def test_an_english_results_article_gives_its_figures_to_the_company_alone(store):
    await _add(store, EN_TITLE, EN_TEXT)
    own = _lines(await _track(store, "Northwind Robotics"))
    assert {("revenue", "$2.1 billion"), ("revenue_growth", "14%"), ("net_profit", "$310 million")} <= own
    assert not any(text == "9%" for _, text in own)  # Acme's growth
    assert _lines(await _track(store, "Acme")) == set()


async def test_a_comparison_of_two_companies_gives_bare_figures_to_neither(store):
    await _add(store, PAIR_TITLE, PAIR_TEXT)
    for name in ("云帆科技", "星河电子"):
        texts = {text for _, text in _lines(await _track(store, name))}
        assert not texts & {"3.2亿元", "7%", "6.1亿元", "25%"}, name
    # A single-company title over a body that reports another company's results too: still neither.
    await _add(store, "云帆科技三季报出炉", PAIR_TEXT.replace("近日", "昨日"))
    assert not {t for _, t in _lines(await _track(store, "云帆科技"))} & {"6.1亿元", "25%", "3.2亿元"}


async def test_the_same_figure_from_two_articles_is_one_point_with_both_sources(store):
    first = await _add(store, ZH_TITLE, ZH_TEXT, date="2024-10-30")
    second = await _add(store, "云帆科技三季报", "云帆科技第三季度营业收入52.3亿元，同比增长18%。", date="2024-10-31")
    track = await _track(store, "云帆科技")
    [revenue] = [s for s in track.series if s.metric == "revenue"]
    [point] = [p for p in revenue.points if p.figure.text == "52.3亿元"]
    assert sorted(s.article_id for s in point.sources) == sorted([first, second])


def test_a_segment_in_the_title_is_not_the_parent_company():
    title, text = "腾讯云第三季度营收增长18%", "公司第三季度实现营业收入52.3亿元，同比增长18%。"
    figures = analyze(text, title=title).figures
    assert owned_figures("腾讯", title, text, figures) == []
    assert {f.subject for f in owned_figures("腾讯云", title, text, figures)} == {"腾讯云营业收入"}


def test_an_untitled_note_counts_for_its_one_announcer_of_results_only():
    note = "8月12日，云帆科技发布半年报。上半年公司实现营业收入30.2亿元，同比增长12%。"
    figures = analyze(note).figures
    assert {f.text for f in owned_figures("云帆科技", None, note, figures)} == {"30.2亿元", "12%"}
    flash = "云帆公告，上半年公司实现营业收入30.2亿元，同比增长12%。"
    assert {f.text for f in owned_figures("云帆", None, flash, analyze(flash).figures)} == {"30.2亿元", "12%"}
    news = "上半年公司实现营业收入30.2亿元，同比增长12%。9月27日，星河集团宣布开展新业务试点。"
    assert owned_figures("星河集团", None, news, analyze(news).figures) == []


def test_an_english_title_case_headline_names_the_company_alone_or_not():
    text = "Revenue rose 14% to $2.1 billion in the third quarter.\nNet income was $310 million."
    for title in ("Northwind Robotics Third-Quarter Revenue Rises 14%", "Northwind Robotics posts record Q3 profit"):
        owned = owned_figures("Northwind Robotics", title, text, analyze(text, title=title).figures)
        assert {f.text for f in owned} >= {"$2.1 billion", "$310 million"}, title
    for title in ("Acme and Northwind Robotics Report Results", "Northwind Robotics Atlas sales rise"):
        assert owned_figures("Northwind Robotics", title, text, analyze(text, title=title).figures) == [], title


def test_a_figure_after_a_sentence_naming_another_company_too_is_left_out():
    title = "云帆科技发布收购公告"
    text = "云帆科技今日发布公告。云帆科技拟收购星河电子全部股权。该公司去年营业收入10.2亿元。"
    assert owned_figures("云帆科技", title, text, analyze(text, title=title).figures) == []


def test_bare_metrics_are_reported_metrics_whose_subject_names_nobody():
    def fig(subject, unit="亿元", change=None):
        return Figure(text="1", value=1.0, unit=unit, approx=None, change=change, period=None, subject=subject,
                      context=subject, sentence_index=0)

    assert all(bare_metric(fig(s)) for s in ("营业收入", "公司归母净利润", "扣非归母净利润", "Net income", "its revenue"))
    assert not any(bare_metric(fig(s)) for s in ("腾讯云营收", "调味品收入", "Tencent Cloud revenue", "股价", "净利率"))
