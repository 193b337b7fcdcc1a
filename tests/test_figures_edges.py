"""Key figures at the edge of their rules: estimates and forecasts, metric nouns, "its", 减亏.

Each rule was written for one kind of sentence; these are the sentences right next to it
where it must not fire (and the ones where it still must). The sentences are written here
(fictional companies and numbers).
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import by_text, figures

# ---------------------------------------------------------------- a result measured against an estimate


@pytest.mark.parametrize(
    ("sentence", "text", "lang"),
    [
        ("Norvale beat analysts' estimates with revenue of $2.1 billion in the quarter.", "$2.1 billion", "en"),
        ("Kestrel missed Wall Street expectations with quarterly sales of $800 million.", "$800 million", "en"),
        ("嘉禾科技业绩超市场预期，营收为125亿元。", "125亿元", "zh"),
        ("远山股份三季度业绩低于市场预期，净利润为3.2亿元。", "3.2亿元", "zh"),
    ],
)
def test_a_result_that_beat_or_missed_the_estimate_is_no_estimate(sentence: str, text: str, lang: str) -> None:
    assert by_text(figures(sentence, lang=lang), text).estimate is None


@pytest.mark.parametrize(
    ("sentence", "text", "lang"),
    [
        ("Norvale reported revenue of $2.1 billion, beating analysts' estimates of $2.0 billion.", "$2.0 billion", "en"),
        ("嘉禾科技三季度营收为1670亿元，超出市场预期的1650亿元。", "1650亿元", "zh"),
        ("据券商一致预期，嘉禾科技2027年净利润为18亿元。", "18亿元", "zh"),
    ],
)
def test_the_estimate_itself_is_still_an_estimate(sentence: str, text: str, lang: str) -> None:
    assert by_text(figures(sentence, lang=lang), text).estimate == "estimate"


# ---------------------------------------------------------------- a forecast and the result it is compared with


@pytest.mark.parametrize(
    ("sentence", "forecast", "result", "lang"),
    [
        ("The company forecast fourth-quarter revenue of $2.15 billion, up from $1.9 billion a year earlier.",
         "$2.15 billion", "$1.9 billion", "en"),
        ("Tarn Foods expects revenue of $5 billion this year, compared with $4.2 billion in 2024.",
         "$5 billion", "$4.2 billion", "en"),
        ("嘉禾科技预计今年营收达120亿元，去年为100亿元。", "120亿元", "100亿元", "zh"),
    ],
)
def test_the_past_base_of_a_forecast_is_a_result(sentence: str, forecast: str, result: str, lang: str) -> None:
    found = figures(sentence, lang=lang)
    assert by_text(found, forecast).estimate == "forecast"
    assert by_text(found, result).estimate is None


def test_the_change_of_a_forecast_is_still_a_forecast() -> None:
    found = figures("Tarn Foods expects full-year revenue of $5 billion, up 10%.", lang="en")
    assert by_text(found, "10%").estimate == "forecast"
    found = figures("嘉禾科技预计2027年营收将达120亿元，同比增长20%。")
    assert by_text(found, "20%").estimate == "forecast"


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("截至2024年末，嘉禾科技预计负债为3.2亿元，同比增长15%。", "3.2亿元", "嘉禾科技预计负债"),
        ("预计负债余额为3.2亿元。", "3.2亿元", "预计负债余额"),
        ("公司计提预计负债1.5亿元，导致净利润同比下降8%。", "1.5亿元", None),
    ],
)
def test_provisions_are_a_balance_sheet_item_not_a_forecast(sentence: str, text: str, subject: str | None) -> None:
    found = by_text(figures(sentence), text)
    assert found.estimate is None
    assert "预计负债" in (found.subject or "")
    if subject:
        assert found.subject == subject


# ---------------------------------------------------------------- a verb left at the end of a subject


def test_a_planned_amount_keeps_its_verb() -> None:
    assert by_text(figures("嘉禾科技拟投资50亿元建设新工厂。"), "50亿元").subject == "嘉禾科技拟投资"
    assert by_text(figures("启明汽车10月交付超过4万辆，同比增长20%。"), "4万辆").subject == "启明汽车交付量"
    assert by_text(figures("前三季度，中国原油进口4.2亿吨，同比下降2%。"), "4.2亿吨").subject == "中国原油进口量"


# ---------------------------------------------------------------- "its" and 减亏


def test_its_after_an_earlier_owner_names_the_new_noun() -> None:
    found = figures("Harlow Chips cut its workforce by 10%, and its shares fell 4%.", lang="en")
    assert by_text(found, "10%").subject == "Harlow Chips' workforce"
    assert by_text(found, "4%").subject == "Harlow Chips' shares"


def test_a_shrinking_loss_keeps_its_name() -> None:
    found = by_text(figures("嘉禾科技前三季度减亏2亿元，亏损额为1.5亿元。"), "2亿元")
    # (its loss shrank by 2亿元: shown as the loss, down, like "亏损同比收窄56.6%")
    assert (found.subject, found.change) == ("嘉禾科技亏损额", "down")


# ---------------------------------------------------------------- a range of years, a growth rate


def test_a_range_of_years_that_opens_the_sentence_dates_it() -> None:
    found = figures("2021-2023年，嘉禾科技营收复合增长率为15%。")
    assert (by_text(found, "15%").period, by_text(found, "15%").subject) == ("2021-2023年", "嘉禾科技营收复合增长率")
    found = figures("上调2026-2028年净利润预测至1.2/1.5/1.8亿元，维持买入评级，目标价68元。")
    assert by_text(found, "68元").period is None


def test_a_growth_rate_keeps_its_name() -> None:
    assert by_text(figures("2021年人口自然增长率为0.34%。"), "0.34%").subject == "人口自然增长率"


# ---------------------------------------------------------------- a founding year, what a company has


def test_a_founding_year_does_not_date_what_the_company_has_now() -> None:
    found = by_text(figures("嘉禾科技2000年成立，目前拥有门店1500家。"), "1500家")
    assert (found.period, found.subject) == (None, "门店")
    assert by_text(figures("2023年，嘉禾科技营收100亿元，同比增长5%。"), "5%").period == "2023年"


def test_a_period_after_a_figure_dates_it_and_not_the_next_one() -> None:
    found = figures("Orin Motors sold 2,000 cars in 2023 and 2,500 cars in 2024.", lang="en")
    assert (by_text(found, "2,000").period, by_text(found, "2,500").period) == ("in 2023", "in 2024")
    found = figures("Sales were $2 billion in the first quarter and $2.5 billion in the second quarter.", lang="en")
    assert by_text(found, "$2.5 billion").period == "the second quarter"


# ---------------------------------------------------------------- "its" after people, a loss as a share


def test_its_after_analysts_is_not_the_analysts() -> None:
    found = by_text(figures("Analysts said its revenue likely slipped 3% in the quarter.", lang="en"), "3%")
    assert found.subject == "its revenue"
    found = by_text(figures("Crestfield said on Tuesday its net profit rose 12% to $450 million.", lang="en"), "12%")
    assert found.subject == "Crestfield's net profit"


def test_a_company_that_lost_a_share_of_its_assets_made_a_loss() -> None:
    found = figures("The company lost $1.38 billion, or 2.2% of its assets, in the quarter.", lang="en")
    assert by_text(found, "$1.38 billion").change == "loss"
    found = figures("Brent crude lost $1.38, or 2.2%, to $61.20 a barrel.", lang="en")
    assert by_text(found, "$1.38").change == "down"


# ---------------------------------------------------------------- codes in subjects


def test_a_code_led_by_letters_that_opens_a_clause_stays_in_the_subject() -> None:
    assert by_text(figures("9月末，M2余额为300万亿元，同比增长6.8%。"), "300万亿元").subject == "M2余额"


def test_a_unit_left_over_from_a_code_is_no_subject() -> None:
    found = by_text(figures("公司全年实现营收1000亿元；EBITDA961亿元，同比增2.3%。"), "2.3%")
    assert found.subject is None or "亿元" not in found.subject


def test_a_narrower_loss_after_revenue_is_the_companys_loss() -> None:
    found = figures("嘉禾科技营收同比增长20%，亏损同比收窄20%。")
    assert [f.subject for f in found] == ["嘉禾科技营收", "嘉禾科技亏损额"]
    found = figures("归母净利润亏损4.27亿元，亏损同比收窄56.6%。")
    assert by_text(found, "56.6%").subject == "归母净利润亏损额"


def test_a_retailer_named_target_states_no_target() -> None:
    assert by_text(figures("Target sales of $25 billion were flat in the quarter.", lang="en"), "$25 billion").estimate is None
    assert by_text(figures("The company targets revenue of $5 billion in 2026.", lang="en"), "$5 billion").estimate == "forecast"


def test_a_result_as_expected_is_no_forecast() -> None:
    assert by_text(figures("正如此前预期，嘉禾科技三季度营收为120亿元。"), "120亿元").estimate is None
    assert by_text(figures("嘉禾科技预计，2027年营收将达120亿元。"), "120亿元").estimate == "forecast"


def test_a_turnaround_in_one_clause_is_not_what_lost_in_the_next() -> None:
    found = by_text(figures("嘉禾科技有望在2025年实现扭亏，今年前三季度亏损2亿元。"), "2亿元")
    assert found.change == "loss" and found.subject != "扭亏"


def test_by_a_year_leaves_no_particle_in_the_subject() -> None:
    found = by_text(figures("预计到2030年市场规模将达1000亿元，2023年市场规模为400亿元。"), "1000亿元")
    assert (found.subject, found.estimate) == ("市场规模", "forecast")


def test_a_date_between_a_forecast_and_its_change_does_not_break_the_chain() -> None:
    found = figures("嘉禾科技预计2025年营收将达120亿元，较2024年增长20%。")
    assert by_text(found, "20%").estimate == "forecast"
    found = figures("预计2023年底嘉禾科技将拥有2.77万吨产能（2020年末仅3500吨）。")
    assert (by_text(found, "2.77万吨").estimate, by_text(found, "3500吨").estimate) == ("forecast", None)



def test_after_an_opener_without_figures_the_results_rank_first() -> None:
    """"X公布了三季度财报。" states nothing; the revenue in the next sentence is the lead's
    figure: shown among the first, ahead of the key sentences' secondary figures."""
    from summarizer import analyze

    title = "青禾电子三季度手机出货量创新高 毛利率回升至21.5%"
    text = (f"{title}\n\n11月3日晚间，青禾电子公布了2026年第三季度财报。"
            "财报显示，公司第三季度营业收入为82.6亿元，同比增长17.2%。\n\n"
            "第三季度，公司手机出货量为1,260万部，同比增长9%。\n\n"
            "毛利率方面，第三季度综合毛利率为21.5%，较上一季度提升1.2个百分点。\n\n"
            "公司研发费用为6.1亿元，同比增长12%。\n\n"
            "截至9月30日，公司现金储备为135亿元。公司预计第四季度出货量将继续增长。")
    ranked = [f.text for f in analyze(text, title=title, max_sentences=2).key_figures]
    assert ranked.index("17.2%") < ranked.index("1,260万部")
    assert ranked.index("82.6亿元") < ranked.index("12%")



def test_after_a_byline_and_a_lead_without_figures_the_results_rank_first() -> None:
    """A wire story: headline, byline, then a lead that states the news in words ("reported a
    third-quarter profit"); the figures of the sentence after it are the lead's figures, ahead of
    the share price and next year's spending."""
    from summarizer import analyze

    title = 'Harborline Logistics swings to profit as freight volumes recover'
    text = (f"{title}\n\n"
            'By Dana Whitfield'
            "\n\n"
            'SEATTLE, Nov 4 (Newswire) - Harborline Logistics Inc on Tuesday reported a third-quarter '
            'profit, reversing a loss a year earlier, as freight volumes on its trans-Pacific routes '
            'recovered and fuel costs eased.'
            "\n\n"
            "The Seattle-based carrier posted net income of $212 million, or 84 cents per share, for the "
            "quarter ended Sept. 30, compared with a net loss of $57 million, or 23 cents per share, a year "
            "earlier. Revenue rose 18% to $4.6 billion, beating analysts' average estimate of $4.4 billion, "
            "according to LSEG data."
            "\n\n"
            'Container volumes climbed 11% from a year earlier to 1.9 million twenty-foot equivalent units, '
            'while average freight rates were roughly flat.'
            "\n\n"
            '"We saw demand come back faster than we expected, especially from retailers restocking ahead of'
            ' the holidays," Chief Executive Maria Okafor said on a call with analysts.'
            "\n\n"
            'The company raised its full-year adjusted earnings forecast to between $2.90 and $3.10 per '
            'share, from $2.40 to $2.60 previously. Shares rose 6.2% in extended trading.'
            "\n\n"
            'Harborline also said it would buy back up to $500 million of its stock over the next two years.'
            ' Chief Financial Officer Tom Reyes said the company expects capital spending of about $1.1 '
            'billion this year, down from $1.4 billion in 2025.'
            "\n\n"
            '"We are being disciplined about where we put capital," Reyes said.'
            "\n\n")
    ranked = [f.text for f in analyze(text, title=title).key_figures]
    assert ranked.index("$212 million") < 5
    assert ranked.index("$212 million") < ranked.index("6.2%")


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        # What is lowered is what the figure measures, not the clause before it or the actor.
        ("央行表示，此次降准将释放长期资金约8000亿元，降低银行资金成本每年约40亿元。", "40亿元", "银行资金成本"),
        ("该政策每年可减少企业税负约120亿元。", "120亿元", "企业税负"),
        ("公司通过技改降低生产成本约3000万元。", "3000万元", "生产成本"),
        ("公司成本降低约50亿元。", "50亿元", "公司成本"),
    ],
)
def test_a_lowered_object_is_the_subject_of_its_amount(sentence: str, text: str, subject: str) -> None:
    found = by_text(figures(sentence), text)
    assert found.subject == subject
    assert found.change == "down"


def test_the_leads_figure_that_the_headline_states_ranks_first() -> None:
    """"月增4.2%，年增18.6%" under a headline that chose 年增18.6%: the headline says which is the news,
    given apart or as the text's first line; "14.2%" in a headline is no 4.2%."""
    from summarizer import analyze

    title = "晶合電子11月營收創同期新高 年增18.6%"
    body = ("晶合電子今日公布11月合併營收為新台幣315億元，月增4.2%，年增18.6%，創歷年同期新高。"
            "累計前11月營收為3,480億元，年增9.7%。晶合表示，營收成長主要受惠於伺服器出貨放量。")
    assert analyze(body, title=title).key_figures[0].text == "18.6%"
    assert analyze(f"{title}\n\n{body}", title=title).key_figures[0].text == "18.6%"
    # Were "4.2%" found inside "14.2%", both would gain and 4.2% would come first again.
    assert analyze(body, title="晶合電子11月營收年增18.6% 季增14.2%").key_figures[0].text == "18.6%"


def test_a_participle_that_ties_a_clause_on_is_no_part_of_the_subject() -> None:
    found = by_text(figures("Cash was $412.6 million, reflecting net proceeds of $175 million from an offering.",
                            lang="en"), "$175 million")
    assert found.subject == "net proceeds"


def test_a_lead_cut_at_a_semicolon_goes_on_in_its_next_part() -> None:
    """"营业收入…；归母净利润…": the profit is the lead's figure too, listed before the body's margins."""
    from summarizer import analyze

    text = ("事件：公司发布2026年三季报，前三季度实现营业收入56.42亿元，同比增长21.15%；"
            "归母净利润6.87亿元，同比增长30.62%。"
            "分地区看，前三季度公司海外收入同比增长45%，占比提升至35%。"
            "Q3公司毛利率为31.6%，同比提升2.0pct；净利率11.1%，同比提升0.7pct。"
            "我们预计公司2026-2028年归母净利润分别为9.2/11.5/14.1亿元，维持“买入”评级。")
    top = [f.text for f in analyze(text).key_figures[:5]]
    assert "6.87亿元" in top or "30.62%" in top


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("对高新技术企业减按15%的税率征收企业所得税。", "15%", "税率"),
        ("对小型微利企业，减按25%计入应纳税所得额。", "25%", "计入应纳税所得额比例"),
    ],
)
def test_a_reduced_rate_levied_is_a_level_not_a_fall(sentence: str, text: str, subject: str) -> None:
    found = by_text(figures(sentence), text)
    assert (found.subject, found.change) == (subject, None)


def test_an_adjective_and_the_noun_jieba_tags_a_verb_name_what_is_counted() -> None:
    assert by_text(figures("《意见》从融资、准入等方面提出18条具体举措。"), "18条").subject == "具体举措"


def test_the_headlines_figure_stated_again_in_the_body_is_listed_once() -> None:
    """"【X：拟投资73亿欧元…】…项目总投资不超过73亿欧元": one fact, listed with the body's subject and bound."""
    from summarizer import analyze

    text = ("【远景动力：拟在匈牙利投资68亿欧元建设电池工厂】财联社12月4日电，远景动力公告，公司拟在匈牙利投资建设"
            "动力电池工厂，项目总投资不超过68亿欧元，规划产能90GWh，建设期不超过60个月。")
    listed = [f for f in analyze(text).key_figures if f.text.endswith("68亿欧元")]
    assert len(listed) == 1 and listed[0].approx
