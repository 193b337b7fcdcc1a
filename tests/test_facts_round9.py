"""Classes of wrong key figure and quote found by the fourteenth audit of news written for the purpose
(benchmarks/data/figures_written14.json): freight rates, a game publisher, a jobs report, copper, a car price war,
insurers' premiums, ETF flows, airlines' traffic, a miner's output and lithium futures.

Every text here is written for the test, none is taken from that set.
"""

from __future__ import annotations

from summarizer import analyze
from tests.figure_helpers import by_text, en_figures, figures


# ---------------------------------------------------------------- an analyst's outlook is an estimate


def test_an_analysts_forecast_is_an_estimate_not_a_key_figure() -> None:
    found = figures("甲诚保险前三季度保费收入1,200亿元，同比增长5.2%。",
                    "某券商分析师周启指出，受政策影响，年内销售有望提速，预计明年行业保费增速在4%至6%之间。")
    assert by_text(found, "4%至6%").estimate == "estimate"
    assert by_text(found, "1,200亿元").estimate is None


def test_she_forecasts_after_an_analyst_quoted_over_two_sentences() -> None:
    found = figures("某期货公司研究员韩雪对记者称：“短期波动可能加大，建议控制仓位；", "中长期看，出清尚未完成。”",
                    "她预计，明年一季度铜价将在每吨7万元至8万元之间波动。")
    assert by_text(found, "7万元至8万元").estimate == "estimate"


def test_a_companys_own_forecast_stays_a_forecast() -> None:
    found = figures("甲诚保险董事长周启表示，公司预计全年保费收入将达到1,600亿元。")
    assert by_text(found, "1,600亿元").estimate == "forecast"


def test_a_strategist_who_expects_a_range_gives_an_estimate() -> None:
    found = en_figures('"Stocks are thin," said Ana Ruiz, a metals strategist at Pell Markets, who expects prices to '
                       "trade between $9,000 and $10,000 in the third quarter.")
    assert all(f.estimate == "estimate" for f in found if "9,000" in f.text or "10,000" in f.text)
    assert any("9,000" in f.text for f in found)


# ---------------------------------------------------------------- whose figure: several airlines, the industry


def test_a_load_factor_after_a_semicolon_is_the_airlines_named_before() -> None:
    found = figures("11月5日，甲翔航空、乙鹭航空披露10月运营数据。",
                    "甲翔航空10月旅客运输量为520万人次，同比增长8.1%；客座率为81.2%，同比上升1.5个百分点。",
                    "乙鹭航空当月旅客运输量410万人次，同比增长6.4%，客座率79.8%，同比下降0.6个百分点。")
    assert by_text(found, "81.2%").subject == "甲翔航空客座率"
    assert by_text(found, "1.5个百分点").subject == "甲翔航空客座率"
    assert by_text(found, "79.8%").subject == "乙鹭航空客座率"


def test_a_subject_naming_its_own_company_is_not_given_another() -> None:
    found = figures("11月5日，甲翔航空、乙鹭航空、丙鸥航空披露10月运营数据。",
                    "乙鹭航空当月旅客运输量410万人次，同比增长6.4%。",
                    "丙鸥航空旅客运输量约为530万人次，同比增长6.3%。")
    assert by_text(found, "6.3%").subject == "丙鸥航空旅客运输量"


def test_the_whole_industry_owns_what_it_completed() -> None:
    found = figures("11月5日，甲翔航空、乙鹭航空披露10月运营数据。", "甲翔航空10月客座率为81.2%。",
                    "民航局发布的数据显示，9月全行业完成旅客运输量5,900万人次，同比增长9.5%。")
    assert by_text(found, "5,900万人次").subject == "全行业旅客运输量"


# ---------------------------------------------------------------- Chinese resets, ranges, spans, lists


def test_a_reset_from_one_level_to_another_is_the_settings() -> None:
    found = figures("交易所宣布，将甲合约交易保证金标准由9%调整为12%，涨跌停板幅度由7%调整为9%。",
                    "公司全年产量目标由此前的3,200万吨下调至3,050万吨左右。")
    assert by_text(found, "12%").subject == "甲合约交易保证金标准"
    assert by_text(found, "9%").subject != "调整"
    assert [f.subject for f in found if f.text == "9%"][-1] == "涨跌停板幅度"
    assert by_text(found, "3,050万吨左右").subject.endswith("全年产量目标")
    assert by_text(found, "3,200万吨").subject.endswith("产量目标")
    assert "由" not in by_text(found, "3,200万吨").subject


def test_a_range_a_move_ends_at_and_a_span_of_days_name_what_moved() -> None:
    found = figures("现货方面，工业级碳酸钙均价上涨800元至每吨3.15万元至3.30万元区间。",
                    "当日，铜期货主力合约收涨3.1%，报每吨7.86万元，三个交易日累计上涨逾9%。")
    assert by_text(found, "3.15万元至3.30万元").subject == "工业级碳酸钙均价"
    assert by_text(found, "9%").subject == "铜期货主力合约"


def test_funds_named_with_their_index_numbers_share_out_a_respectively_list() -> None:
    found = figures("宽基ETF仍是主力，上证50ETF、中证A1000ETF、创业板ETF分别净流入82亿元、47亿元和25亿元。")
    # (written15: the items of a 分别 flow list keep the flow they made, summarizer.figure_named_zh)
    assert [f.subject for f in found] == ["上证50ETF净流入", "中证A1000ETF净流入", "创业板ETF净流入"]


# ---------------------------------------------------------------- English: the verb before the figure


def test_prices_a_company_cut_are_its_prices() -> None:
    found = en_figures("PARIS, April 2 - Lumen Cars cut prices of its electric models in France by an average of 6% on "
                       "Tuesday.")
    assert by_text(found, "6%").subject == "Lumen Cars' prices"


def test_what_a_model_now_costs_is_its_price_down_from_the_old_one() -> None:
    found = en_figures("Lumen's base model now costs 24,990 euros, down from 27,490 euros.")
    assert (by_text(found, "24,990 euros").subject, by_text(found, "24,990 euros").change) == ("Lumen's base model", "down")
    assert by_text(found, "27,490 euros").subject == "Lumen's base model"


def test_would_lift_its_deliveries_to_is_a_forecast_of_the_deliveries() -> None:
    found = en_figures("The company said the cuts would lift its European deliveries to about 300,000 cars this year.")
    figure = by_text(found, "300,000")
    assert (figure.subject, figure.estimate, figure.change) == ("European deliveries", "forecast", "up")


def test_savings_and_workers_affected_of_a_closure() -> None:
    found = en_figures("Ostrava said it plans to close three plants, which it said would save about 70 million euros a "
                       "year and affect 900 workers.")
    assert by_text(found, "70 million euros").subject == "savings"
    assert by_text(found, "900 workers").subject == "workers affected"


def test_known_as_subtracted_expects_its_and_a_which_aside() -> None:
    found = en_figures("A broader measure of slack, known as U-6, rose 0.3 percentage point to 7.9%.",
                       "Revisions subtracted a combined 40,000 jobs from the two previous months.",
                       "Pell Mining expects its full-year plant utilisation to average between 85% and 90%.",
                       'The premium for cash nickel over the contract, which traders call the "squeeze", widened to '
                       "$210 a ton.")
    assert by_text(found, "7.9%").subject == "A broader measure of slack (U-6)"
    assert (by_text(found, "40,000 jobs").subject, by_text(found, "40,000 jobs").change) == ("Revisions", "down")
    assert [f.subject for f in found if "85%" in f.text] == ["full-year plant utilisation"]
    assert by_text(found, "$210").subject == "The premium for cash nickel over the contract"


def test_a_bare_number_to_one_of_its_size_with_a_unit_is_a_range() -> None:
    found = en_figures("Pell Mining said a fire would cut output by 20,000 to 30,000 tons this year.",
                       "The firm raised headcount by 500 to 12,000 employees.")
    assert by_text(found, "20,000 to 30,000 tons").value == (20000.0, 30000.0)
    assert by_text(found, "12,000 employees").value == 12000.0


def test_climbing_as_much_as_is_a_rise() -> None:
    found = en_figures("Nickel rose on Monday, with benchmark nickel climbing as much as 4.1% to $19,240 a ton.")
    assert by_text(found, "4.1%").change == "up"


def test_a_tenor_in_chinese_numerals_stays_in_the_bonds_name() -> None:
    found = figures("与此同时，十年期国债收益率下行2个基点至1.68%。")
    assert by_text(found, "1.68%").subject == "十年期国债收益率"


# ---------------------------------------------------------------- quotes


def test_a_reported_clause_goes_on_past_its_semicolon() -> None:
    quotes = analyze("甲方公司相关负责人表示，公司将继续推动转型；“报行合一”政策实施以来，渠道费用率明显下降。\n"
                     "周明还表示，煤价已基本见底；四季度以来，长协价格保持稳定。").quotes
    assert [q.text for q in quotes] == ["公司将继续推动转型；“报行合一”政策实施以来，渠道费用率明显下降。",
                                        "煤价已基本见底；四季度以来，长协价格保持稳定。"]


def test_a_semicolon_before_a_quotation_of_its_own_still_ends_the_clause() -> None:
    quotes = analyze("周明表示，煤价已基本见底；“我们会继续扩产，”他说。").quotes
    assert ("indirect", "煤价已基本见底；") in [(q.kind, q.text) for q in quotes]


def test_and_said_with_a_partial_quote_in_the_clause() -> None:
    quotes = analyze("Treasury yields fell after the report. Commerce Secretary Mark Dell called the data \"a good "
                     "start\" and said export orders were \"finally picking up.\"").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Mark Dell", 'export orders were "finally picking up."')]


def test_an_organisations_decision_announced_is_no_quote() -> None:
    quotes = analyze("中国人民银行3月2日宣布，决定于3月10日下调金融机构存款准备金率0.25个百分点。\n"
                     "中国人民银行3月2日表示，将继续实施稳健的货币政策。").quotes
    assert [q.text for q in quotes] == ["将继续实施稳健的货币政策。"]


# ---------------------------------------------------------------- classes of the holdout, fixed after its one run


def test_age_bands_tell_two_jobless_rates_apart() -> None:
    found = figures("分年龄看，不包含在校生的16-24岁劳动力失业率为16.3%，比上月下降1.2个百分点；"
                    "25-29岁劳动力失业率为6.5%，下降0.3个百分点。")
    assert by_text(found, "16.3%").subject == "16-24岁劳动力失业率"
    assert by_text(found, "6.5%").subject == "25-29岁劳动力失业率"


def test_a_count_owned_by_the_company_and_a_buyback_amount() -> None:
    found = figures("公司同时宣布，拟在未来12个月内以不超过3亿元回购公司股份。",
                    "该公司首席执行官表示，公司已获得2款新游戏版号，预计明年上线。")
    assert by_text(found, "3亿元").subject == "回购公司股份"
    assert by_text(found, "2款").subject == "公司新游戏版号"


def test_what_losses_pushed_down_is_what_fell() -> None:
    found = en_figures("Tarn Mutual said on Monday that premiums rose 7% to $5.1 billion, while weather losses of $900 "
                       "million from three storms pushed net income down 30% to $500 million.")
    assert (by_text(found, "30%").subject, by_text(found, "30%").change) == ("net income", "down")
    assert by_text(found, "$500 million").subject == "net income"


def test_respectively_names_each_figure() -> None:
    found = en_figures("Two smaller rivals, Pell Micro and Orla Devices, were fined 60 million euros and 25 million "
                       "euros respectively.", "Sales at Pell and Orla rose 5% and 3%, respectively.")
    assert [f.subject for f in found] == ["Pell Micro", "Orla Devices", "Sales at Pell", "Sales at Orla"]


def test_said_a_companys_head_of_something_then_the_name() -> None:
    quotes = analyze("Meridian Pictures released the film on Friday.\n\"Audiences came back for spectacle,\" said "
                     "Meridian's head of distribution, Carla Benton. She said overseas sales added $74 million.").quotes
    assert [q.speaker for q in quotes] == ["Carla Benton", "Carla Benton"]


def test_a_scholar_is_an_unnamed_speaker() -> None:
    quotes = analyze("一位劳动经济学者指出，失业率季节性回落符合规律。").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("劳动经济学者", "失业率季节性回落符合规律。")]
