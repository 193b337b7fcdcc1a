"""What a reader saw of stories written for these tests (a statistics release, a developers' sales
ranking, a carmaker's recall, a retailer's holiday sales). Each wrong line is a class."""

from __future__ import annotations

from summarizer import analyze
from tests.figure_helpers import subjects_and_changes

PRICES = (
    "新华社北京12月9日电 国家统计局9日发布数据显示，11月份，全国居民消费价格指数同比上涨0.4%。\n\n"
    "国家统计局城市司首席统计师鲁静娴解读称，11月份消费市场总体平稳，食品价格仍低于上年同期。\n\n"
    "华泰证券首席经济学家明远表示：“PPI环比转正是一个积极信号。”他预计，明年一季度PPI同比降幅有望收窄。"
)


def test_a_name_jieba_cut_before_its_last_character_is_whole() -> None:
    # jieba: 鲁静/娴/解读/称. After a title, one character then a verb ends the name.
    speakers = {q.speaker for q in analyze(PRICES).quotes}
    assert "鲁静娴" in speakers
    assert "鲁静" not in speakers


def test_he_is_not_the_speaker_before_an_unrecognised_titled_speaker() -> None:
    # 明远 is no name to jieba, so his quote has no speaker; 他 is him, never 鲁静娴.
    quotes = analyze(PRICES).quotes
    assert not any("一季度" in q.text and q.speaker.startswith("鲁静") for q in quotes)


def test_whose_measure_is_its_owners() -> None:
    text = ("Tarrow's shares have fallen about 12% so far this year, lagging rival Brimley Corp, "
            "whose shares are up 18%.")
    assert subjects_and_changes(text)["18%"][0] == "Brimley Corp's shares"
    # No name before the comma: no subject rather than "whose shares".
    text = "The retailer lagged its peers, most of whose shares are up 18% this year."
    assert subjects_and_changes(text).get("18%", (None, None))[0] in (None, "")


def test_a_comparison_across_a_period_keeps_its_subject_and_direction() -> None:
    # "…到访量比10月少了近三成": the periods were blanked, the subject came out "…比少了".
    figures = subjects_and_changes("一位营销负责人对记者说，公司11月的到访量比10月少了近三成。")
    assert figures["三成"] == ("公司的到访量", "down")
    assert subjects_and_changes("该门店12月的客流比11月多了近一倍。")["一倍"] == ("该门店的客流", "up")


def test_a_beat_against_a_forecast_is_no_rise() -> None:
    figures = subjects_and_changes("研报指出，今年公司风电发电量符合预期，而光伏发电量比机构预期高10%。")
    assert figures["10%"][1] is None


RANKING = (
    "11月房企销售额出炉：头部房企单月销售额环比回落",
    "数据显示，11月TOP100房企实现销售总额3862.5亿元，环比下降8.3%，同比下降21.6%。",
    "其中，中海地产以182亿元的拿地金额位居榜首，绿城中国以97亿元位列第二。",
    "研究总监陈文静表示，预计12月销售规模将环比小幅回升，但全年销售额仍将低于去年。",
    "一位华南房企的营销负责人对记者说，公司11月的到访量比10月少了近三成。",
)


def test_a_measure_of_its_own_takes_no_metric_from_the_sentence_before() -> None:
    # 到访量 is no 销售额, though the sentence before names 销售额: the company's sales are not stated.
    from tests.ask_helpers import library
    from summarizer.answer import answer

    found = answer("绿城中国11月销售额是多少？", library("ranking", *RANKING))
    assert found.abstained
    found = answer("绿城中国11月到访量比10月少了多少？", library("ranking", *RANKING))
    assert found.abstained or "97亿元" not in found.sentences[0].text


def test_a_share_move_asked_one_way_is_not_answered_by_the_other() -> None:
    from tests.ask_helpers import library
    from summarizer.answer import answer

    lines = ("Tarrow's holiday sales beat estimates",
             "Tarrow Stores Inc reported a 4.2% rise in comparable sales for the holiday period on Monday.",
             "Its shares rose 7% in premarket trading.")
    assert answer("How much did Tarrow shares fall?", library("tarrow", *lines)).abstained
    found = answer("How much did Tarrow shares rise?", library("tarrow", *lines))
    assert not found.abstained and "7%" in found.sentences[0].text


def test_a_headlines_later_clause_lifts_the_line_that_states_it_not_a_forecast_nor_itself() -> None:
    # Pasted with its headline as the first line: the later clause (PPI同比降幅收窄) lifted the headline
    # line itself, or else the economist's forecast sharing more of its words.
    text = "\n\n".join([
        "国家统计局：11月CPI同比上涨0.4% PPI同比降幅收窄",
        "新华社北京12月9日电 国家统计局9日发布数据显示，11月份，全国居民消费价格指数（CPI）同比上涨0.4%，涨幅比上月扩大0.2个百分点；环比下降0.1%。1-11月平均，全国居民消费价格比上年同期上涨0.2%。",
        "分类别看，食品价格同比下降1.3%，影响CPI下降约0.24个百分点。其中，猪肉价格同比上涨8.6%，鲜菜价格下降5.2%，鲜果价格下降7.9%。非食品价格同比上涨0.8%，其中服务价格上涨1.1%。扣除食品和能源价格的核心CPI同比上涨0.9%，涨幅与上月相同。",
        "11月份，全国工业生产者出厂价格指数（PPI）同比下降2.1%，降幅比上月收窄0.4个百分点；环比上涨0.1%，为今年以来首次由降转涨。工业生产者购进价格同比下降2.6%。",
        "国家统计局城市司首席统计师鲁静娴解读称，11月份消费市场总体平稳，受冷空气影响，部分鲜菜价格季节性上涨，但总体看食品价格仍低于上年同期。",
        "中信证券首席经济学家明远表示：“PPI环比转正是一个积极信号，说明部分行业供需关系有所改善。”他预计，明年一季度PPI同比降幅有望继续收窄至1%以内。",
    ])
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("同比下降2.1%" in line for line in shown)


def test_what_a_forecast_sees_peaking_is_measured_not_the_clause_before() -> None:
    text = ("The bank trimmed its forecast for economic growth next year to 1.6% from 1.9%, and now expects "
            "the unemployment rate to peak at 4.6%, up from 4.1% currently.")
    assert subjects_and_changes(text)["4.6%"][0] == "unemployment rate"
    assert subjects_and_changes("Economists expect inflation to average around 2.5% next year.")["2.5%"][0] == "inflation"


RATES = (
    "WELLSPRING, Dec 3 (Harbor Wire) - The Reserve Bank of Kestria kept its cash rate at 4.35% on Wednesday.\n\n"
    "Annual consumer price inflation slowed to 2.9% in the September quarter from 3.6% in the June quarter, "
    "the bank said, bringing it back inside its 2% to 3% target band.\n\n"
    "The bank trimmed its forecast for economic growth next year to 1.6% from 1.9%, and now expects the "
    "unemployment rate to peak at 4.6%, up from 4.1% currently."
)


def _ask_rates(tmp_path, question: str):
    from summarizer.model import Article
    from tests.ask_helpers import ask_stored, on_service, read_article

    story = Article(title="Reserve Bank of Kestria holds rates at 4.35%", text=RATES,
                    url="https://example.com/kestria", published="2026-12-03", lang="en")
    db = tmp_path / "rates.db"
    on_service(db, lambda service: read_article(service, 5, story))
    return ask_stored(db, 5, question)


def _highlighted(found) -> str:
    sentence = found.sentences[0]
    start, end = sentence.highlight
    return sentence.text[start:end]


def test_a_quarter_named_by_its_last_month_is_that_quarter(tmp_path) -> None:
    # "the June quarter" is Q2: its inflation is the 3.6% written with it, not September's 2.9%.
    assert _highlighted(_ask_rates(tmp_path, "What was inflation in the June quarter?")) == "3.6%"
    assert _highlighted(_ask_rates(tmp_path, "What was inflation in the September quarter?")) == "2.9%"


def test_the_level_now_is_asked_not_the_forecast_beside_it(tmp_path) -> None:
    assert _highlighted(_ask_rates(tmp_path, "What is the unemployment rate?")) == "4.1%"


def test_last_year_asked_over_both_levels_is_the_earlier_one() -> None:
    # "narrowed to $63 million from $118 million a year earlier": "a year earlier" is written after the $118 million,
    # not after the $63 million; "last year" asks the earlier level where the sentence states both.
    from tests.ask_helpers import library
    from summarizer.answer import answer

    line = ("Quorra's revenue rose 48% to $412 million in the first nine months of the year, while its net loss "
            "narrowed to $63 million from $118 million a year earlier.")
    for question in ("What was Quorra's net loss last year?", "What was Quorra's net loss a year earlier?"):
        found = answer(question, library("q", "Quorra rises on debut", line))
        assert _highlighted(found) == "$118 million", question
    assert _highlighted(answer("What was Quorra's net loss?", library("q", "Quorra rises on debut", line))) == "$63 million"
