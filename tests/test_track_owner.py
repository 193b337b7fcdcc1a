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
    # "Rival Acme Corp reported revenue growth of 9%": the figure names Acme (figure_third_look), so it is Acme's own.
    assert _lines(await _track(store, "Acme")) == {("revenue_growth", "9%")}


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


# The company's own article as a new user sends it: a byline, the legal name once, then "公司".
STANDIN_TITLE = "东湖新能源一季度营收增长23%"
STANDIN_TEXT = ("本报讯（记者 王小明）5月20日，东湖新能源科技公司发布2024年第一季度经营数据。"
                "公司一季度营业收入达到18.6亿元，同比增长23%，其中储能电池业务收入占比首次超过四成。\n"
                "一季度该公司净利润为1.2亿元，同比下降15%，主要受原材料价格波动影响。\n"
                "公司董事长李华表示，海外订单的增长超出预期。")
STANDIN_EN_TITLE = "Harbor Lines posts a mixed quarter"
STANDIN_EN_TEXT = ("Harbor Lines said on Monday that demand for its Pacific routes stayed strong.\n"
                   "The company's revenue rose 18% to $2.4 billion in the second quarter.\n"
                   "The firm's net income fell 9% to $310 million as fuel and port charges climbed.\n"
                   "Harbor Lines kept its full-year outlook.")


async def test_a_company_called_the_company_after_its_name_is_tracked_under_the_name(store):
    await _add(store, STANDIN_TITLE, STANDIN_TEXT, date="2024-05-20")
    track = await _track(store, "东湖新能源")
    assert {("revenue", "18.6亿元"), ("revenue_growth", "23%"), ("net_profit", "1.2亿元"),
            ("net_profit_growth", "15%")} <= _lines(track)
    assert {p.figure.subject for s in track.series for p in s.points} <= {"东湖新能源营业收入", "东湖新能源净利润"}
    await _add(store, STANDIN_EN_TITLE, STANDIN_EN_TEXT, date="2024-08-01")
    track = await _track(store, "Harbor Lines")
    assert {("revenue", "$2.4 billion"), ("revenue_growth", "18%"), ("net_profit", "$310 million"),
            ("net_profit_growth", "9%")} <= _lines(track)
    assert {p.figure.subject for s in track.series for p in s.points} == {"Harbor Lines revenue",
                                                                           "Harbor Lines net income"}


def _owned(name, title, text):
    return {(f.subject, f.text) for f in owned_figures(name, title, text, analyze(text, title=title).figures)}


def test_a_stand_in_after_another_company_is_never_the_name():
    # A customer, a supplier, a subsidiary named in the sentence before: "该公司" may be either.
    for text in ("东湖新能源第一大客户为星河电子。该公司一季度营业收入40.1亿元，同比增长9%。",
                 "东湖新能源的主要供应商星河电子同日发布季报。公司一季度营业收入40.1亿元，同比增长9%。",
                 "东湖新能源控股子公司星河电子完成增资。该公司一季度营业收入40.1亿元，同比增长9%。"):
        assert _owned("东湖新能源", "东湖新能源一季度经营数据发布", text) == set(), text
    # The same in the figure's own sentence.
    text = "东湖新能源发布季报。其客户星河电子公司一季度营业收入40.1亿元。"
    assert _owned("东湖新能源", "东湖新能源一季度经营数据发布", text) == set()
    en = ("Harbor Lines reported results on Monday.\nIts largest customer, Acme Retail, said the company's revenue rose "
          "5% to $9.1 billion.\nHarbor Lines also sold its Baltic Freight unit, whose revenue was $200 million.")
    assert _owned("Harbor Lines", "Harbor Lines posts a mixed quarter", en) == set()


def test_a_group_stands_for_the_company_only_when_the_article_calls_it_a_group():
    # A subsidiary's article: 集团 / the group is the parent, not the name.
    text = "腾讯云第三季度营业收入52.3亿元，同比增长18%。集团净利润增长12%。"
    assert not {t for _, t in _owned("腾讯云", "腾讯云第三季度营收增长18%", text)} & {"12%"}
    en = "Revenue rose 14% to $2.1 billion in the third quarter.\nThe group's net income rose 12%."
    assert {t for _, t in _owned("Northwind Cloud", "Northwind Cloud revenue rises 14%", en)} == {"14%", "$2.1 billion"}
    # A group's own article: its 集团 is itself.
    text = "龙湖集团上半年营业收入520亿元。集团净利润同比增长12%。"
    assert ("龙湖集团净利润", "12%") in _owned("龙湖集团", "龙湖集团上半年业绩", text)
    assert ("龙湖净利润", "12%") in _owned("龙湖", "龙湖集团上半年业绩", text)


def test_a_clause_ending_in_company_is_no_other_company():
    # "主要原因在于公司…", "…系公司…", "2022年度公司…": the article's own company, not another one.
    title = "星岚医药2022年报点评"
    text = ("星岚医药发布2022年年报。\n"
            "2022年度公司营业收入9.65亿元，同比增长42%，主要原因在于公司销量增长。\n"
            "归母净利润1.2亿元，同比增长15%，增幅较小系公司加大研发投入。")
    assert {t for _, t in _owned("星岚医药", title, text)} >= {"9.65亿元", "42%", "1.2亿元", "15%"}
    # A real other company after a verb is still one: "受益于星河电子订单" leaves the figure out.
    text = "星岚医药发布2022年年报。\n营业收入9.65亿元，同比增长42%，主要受益于星河电子公司订单增长。"
    assert _owned("星岚医药", title, text) == set()


def test_the_bare_figures_after_a_line_of_business_in_its_sentence_are_the_line_s():
    title = "星岚种业半年报点评"
    text = ("星岚种业发布半年报。\n"
            "公司上半年营业收入9.6亿元，同比增长42%。\n"
            "其中，水稻种子收入达3.9亿元，收入较上年同期增长37.05%，销量较上年同期增长4.43%。")
    owned = {t for _, t in _owned("星岚种业", title, text)}
    assert {"9.6亿元", "42%"} <= owned
    assert not owned & {"3.9亿元", "37.05%", "4.43%"}


async def test_a_pasted_report_with_no_date_dates_its_quarter_by_its_own_year(store):
    """A text with no publication date is stored with the day it was read; its "一季度" is the
    first quarter of the year the text is about (2024 here), not of the year it was pasted."""
    saved_id = await _add(store, STANDIN_TITLE, STANDIN_TEXT, date=None)
    assert saved_id
    track = await _track(store, "东湖新能源")
    labels = {p.figure.text: p.period.label("zh") for s in track.series for p in s.points if p.period}
    assert labels["18.6亿元"] == labels["1.2亿元"] == "2024年第一季度", labels
    # With its own date, the date decides as before (a report of 2025 says nothing of its year).
    await _add(store, "东湖新能源一季度净利润", STANDIN_TEXT.replace("2024年", ""), date="2025-04-28", chat=1)
    track = await _track(store, "东湖新能源")
    years = {p.period.label("zh") for s in track.series for p in s.points if p.period and p.figure.text == "18.6亿元"}
    assert years == {"2024年第一季度", "2025年第一季度"}, years


def test_the_year_a_text_is_about_is_the_one_it_states_most_not_a_later_forecast_or_an_amount():
    from summarizer.track import text_year

    assert text_year("公司发布2024年一季报。2024年一季度营收增长，预计2026年翻倍。", "2026-12-06") == 2024
    assert text_year("Revenue rose in 2023. Sales in 2023 beat the plan; the 2031 goal stands.", "2026-01-01") == 2023
    assert text_year("投资2000万元，营收2024.5万元，增长1999%。", "2026-12-06") is None
    assert text_year("公司成立于2010年。", None) == 2010
    assert text_year("计划到2030年实现。", "2026-12-06") is None
