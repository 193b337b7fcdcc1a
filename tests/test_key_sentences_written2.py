"""Key-sentence classes found on the second round of stories written in the shapes readers send (written2);
every text here is invented for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.notices import is_notice_boilerplate, notice_weights
from summarizer.roles import states_no_fact


def _shown(text: str, title: str | None = None, count: int = 3) -> list[str]:
    return [s.text for s in analyze(text, title=title, max_sentences=count).sentences]


def _paragraphs(text: str) -> tuple[list[str], list[int]]:
    lines = [line for line in text.split("\n") if line.strip()]
    return lines, list(range(len(lines)))


# ---------------------------------------------------------------- a 业绩预告's prior-year part

_FORECAST = (
    "证券代码：600001 证券简称：禾川股份 公告编号：2027-008\n"
    "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
    "一、本期业绩预告情况\n"
    "预计2026年年度实现归属于母公司所有者的净利润为-3.2亿元到-2.6亿元，与上年同期相比，将出现亏损。\n"
    "预计2026年年度实现归属于母公司所有者的扣除非经常性损益后的净利润为-3.5亿元到-2.9亿元。\n"
    "上述数据为公司财务部门初步测算，未经注册会计师审计。\n"
    "二、上年同期业绩情况\n"
    "归属于母公司所有者的净利润：0.86亿元。\n"
    "归属于母公司所有者的扣除非经常性损益的净利润：0.61亿元。\n"
    "三、本期业绩预亏的主要原因\n"
    "受下游需求下滑影响，公司主要产品销售均价同比下降约22%。\n"
    "公司对收购的子公司计提商誉减值准备约1.4亿元。\n"
    "四、风险提示\n"
    "公司不存在影响本次业绩预告内容准确性的重大不确定因素。\n"
    "特此公告。\n"
)


def test_a_prior_year_part_of_a_forecast_notice_weighs_as_background() -> None:
    lines, paragraphs = _paragraphs(_FORECAST)
    weights = notice_weights(lines, paragraphs)
    last_year = lines.index("归属于母公司所有者的净利润：0.86亿元。")
    assert weights[last_year] < 1.0 and weights[last_year + 1] < 1.0
    # The part after it (the reasons) is not background.
    assert weights[lines.index("公司对收购的子公司计提商誉减值准备约1.4亿元。")] == 1.0


def test_a_forecast_notice_never_shows_last_years_profit_as_a_key_sentence() -> None:
    shown = _shown(_FORECAST, "禾川股份：2026年年度业绩预亏公告")
    assert not any("0.86亿元" in s or "0.61亿元" in s for s in shown), shown
    assert not any("重大不确定因素" in s for s in shown), shown
    assert any("计提商誉减值准备约1.4亿元" in s or "下降约22%" in s for s in shown), shown


def test_a_forecast_notices_standard_closing_lines_are_boilerplate() -> None:
    assert is_notice_boilerplate("公司不存在影响本次业绩预告内容准确性的重大不确定因素。")
    assert is_notice_boilerplate("上述数据为公司财务部门初步测算，未经注册会计师审计。")
    assert is_notice_boilerplate("本次业绩预告未经会计师事务所预审计。")
    # Unaudited figures stated in a line are the figures, not the template.
    assert not is_notice_boilerplate("公司前三季度未经审计的营业收入为12.3亿元。")


# ---------------------------------------------------------------- the size of the non-recurring items

def test_the_size_of_non_recurring_items_is_a_detail_not_guidance() -> None:
    from summarizer.nonrecurring_zh import sizes_nonrecurring  # here, so the other tests run on a tree without it

    assert sizes_nonrecurring("2．公司预计本期非经常性损益对净利润的影响金额约为3000万元，主要为政府补助。")
    assert sizes_nonrecurring("报告期内非经常性损益金额约为0.8亿元。")
    # The profit without them is a result, and so is a results line that also sizes them.
    assert not sizes_nonrecurring("扣除非经常性损益后的净利润：盈利2.1亿元至2.5亿元。")
    assert not sizes_nonrecurring("归母净利润3亿元，同比增长30%；非经常性损益金额约为0.2亿元。")


def test_non_recurring_items_that_make_most_of_the_profit_keep_their_weight() -> None:
    from summarizer.nonrecurring_zh import nonrecurring_lines  # here, so the other tests run on a tree without it

    small = ["预计2026年度归属于上市公司股东的净利润2.4亿元-2.8亿元。", "预计非经常性损益对净利润影响金额约3000万元。"]
    large = ["预计2026年度归属于上市公司股东的净利润1.5亿元-2.0亿元。", "预计非经常性损益对净利润影响金额约1.2亿元。"]
    assert list(nonrecurring_lines(small, "zh")) == [False, True]
    assert list(nonrecurring_lines(large, "zh")) == [False, False]  # a one-off gain that makes the year
    assert not nonrecurring_lines(small[1:], "zh").any()  # no profit to weigh them against


def test_a_forecast_notice_shows_its_reason_over_the_size_of_its_non_recurring_items() -> None:
    text = (
        "证券代码：300001 证券简称：青禾新材 公告编号：2027-004\n"
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。\n"
        "一、本期业绩预计情况\n"
        "归属于上市公司股东的净利润：盈利2.4亿元至2.8亿元，比上年同期增长35%至58%。\n"
        "扣除非经常性损益后的净利润：盈利2.1亿元至2.5亿元，比上年同期增长40%至67%。\n"
        "二、业绩变动原因说明\n"
        "1．报告期内，公司涂料产品海外销量同比增长41%，高端产品占比提升，综合毛利率同比提高3.1个百分点。\n"
        "2．公司预计本期非经常性损益对净利润的影响金额约为3000万元，主要为政府补助。\n"
        "三、其他相关说明\n"
        "本次业绩预告是公司财务部门初步测算的结果，具体财务数据以公司披露的2026年年度报告为准。\n"
        "特此公告。\n")
    shown = _shown(text, "青禾新材：2026年度业绩预告")
    assert any("海外销量同比增长41%" in s for s in shown), shown
    assert not any("影响金额约为3000万元" in s for s in shown), shown


# ---------------------------------------------------------------- a look back by years

def test_a_chinese_look_back_by_years_without_a_figure_states_no_fact() -> None:
    for line in ("五年前，杭州一家不起眼的小厂把第一台设备运到了越南。", "十多年前，这里还是一片农田。",
                 "彼时，行业价格战正酣，这家公司几乎拿不到订单。"):
        assert states_no_fact(line, "zh"), line
    # A look back that states a figure or a decision is a fact.
    assert not states_no_fact("两年前，公司以30亿元收购了一家电池厂。", "zh")
    assert not states_no_fact("三年前，甲公司宣布收购乙公司。", "zh")


def test_a_page_shows_its_results_over_its_look_back() -> None:
    text = ("记者 王林 发自杭州\n"
            "五年前，杭州一家名不见经传的咖啡机公司把第一批咖啡机运往越南。彼时，国内咖啡机市场价格战正酣，"
            "这家名为豆研科技的公司几乎找不到融资。\n"
            "如今，情况已大不相同。该公司于11月5日向港交所递交上市申请，拟在主板挂牌。\n"
            "招股书显示，今年前三季度豆研科技营收达到18.6亿元，海外收入占比超过六成。\n"
            "不过，招股书也披露了风险。前五大客户贡献了公司约41%的收入。\n"
            "此外，公司的存货在9月末达到5.2亿元，较年初增长31%。\n"
            "行业数据显示，今年上半年全球咖啡机出货量同比增长9%，中国品牌的份额已超过四成。\n"
            "“海外用户更看重售后。”一位接近公司的人士说。\n")
    shown = _shown(text, "出海五年后，这家咖啡机公司要去港股上市了")
    assert not any(s.startswith("五年前") for s in shown), shown
    assert any("18.6亿元" in s for s in shown), shown


# ---------------------------------------------------------------- a filing to go public, told with a pronoun

def test_a_filing_to_go_public_is_the_companys_act() -> None:
    from summarizer.listing_filed import files_for_listing  # here, so the other tests run on a tree without it

    assert files_for_listing("该公司于11月5日向港交所递交上市申请，拟在主板挂牌。", "zh")
    assert files_for_listing("豆研科技近日向港交所递表。", "zh")
    assert files_for_listing("The company filed for a U.S. initial public offering on Monday.", "en")
    # A filing told as background, or one that lapsed, is no act of the news.
    assert not files_for_listing("公司曾于2021年向港交所递交上市申请，后因材料失效。", "zh")
    assert not files_for_listing("It had filed for an IPO in 2021 before markets turned.", "en")


def test_a_page_about_a_listing_shows_the_filing_told_with_a_pronoun() -> None:
    text = ("记者 王林 发自杭州\n"
            "杭州一家咖啡机公司把第一批咖啡机运往越南时，国内咖啡机市场价格战正酣，这家名为豆研科技的公司几乎找不到融资。\n"
            "如今，情况已大不相同。该公司于11月5日向港交所递交上市申请，拟在主板挂牌。\n"
            "招股书显示，今年前三季度豆研科技营收达到18.6亿元，海外收入占比超过六成。\n"
            "不过，招股书也披露了风险。前五大客户贡献了公司约41%的收入。\n"
            "此外，公司的存货在9月末达到5.2亿元，较年初增长31%。\n"
            "行业数据显示，今年上半年全球咖啡机出货量同比增长9%，中国品牌的份额已超过四成。\n"
            "“海外用户更看重售后。”一位接近公司的人士说。\n")
    shown = _shown(text, "出海五年后，这家咖啡机公司要去港股上市了")
    assert any("向港交所递交上市申请" in s for s in shown), shown


# ---------------------------------------------------------------- a release's quotation before its numbers

def test_a_quotation_without_a_figure_and_only_its_speaker_counts_less_again() -> None:
    from summarizer.roles_en_terms import quote_only  # here, so the other tests run on a tree without it

    assert quote_only('"Today is a proud day for all of us at Kestrel," said Dr. Ann Lowe, Chief Executive Officer.', 0)
    assert quote_only("“We chose to build,” Lowe said.", 0)
    # A quotation with a figure, or one whose line goes on to a fact, is no such line.
    assert not quote_only('"We will close two plants," she said, adding that 400 jobs would go.', 0)
    assert not quote_only('"We will cut 500 jobs," she said.', 1)


def test_a_release_shows_its_results_over_its_chief_executives_praise() -> None:
    text = ("BOSTON, May 6, 2027 (GLOBE NEWSWIRE) -- Kestrel Bio, Inc. (NASDAQ: KSTB) today announced topline "
            "results from its Phase 3 trial of KB-12 in chronic kidney disease.\n"
            '"Today is a proud day for Kestrel and for the patients who took part in this trial," said Dr. Ann Lowe, '
            "Chief Executive Officer of Kestrel Bio.\n"
            "The trial met its primary endpoint: KB-12 slowed the decline in kidney function by 31% compared with placebo "
            "over 24 months in 2,140 patients.\n"
            "Rates of serious adverse events were similar in the two groups.\n"
            "Full results of the trial will be presented at an upcoming medical meeting.\n"
            "Kestrel plans to submit a marketing application to the FDA in the first half of 2028.\n"
            "The company also agreed to sell $200 million of its common stock in a public offering.\n"
            "About Kestrel Bio\nKestrel Bio develops medicines for kidney diseases.\n")
    shown = _shown(text, "Kestrel Bio Reports Positive Phase 3 Results for KB-12")
    assert not any("proud day" in s for s in shown), shown
    assert any("by 31%" in s for s in shown), shown


# ---------------------------------------------------------------- a notice's full-width list marker

def test_a_full_width_list_marker_is_not_shown() -> None:
    from summarizer.datelines import without_list_marker

    assert without_list_marker("1．报告期内，公司涂料产品海外销量同比增长41%。") == "报告期内，公司涂料产品海外销量同比增长41%。"
    # A figure with a full-width decimal point is no marker.
    assert without_list_marker("1．5亿元的订单已于本月签订，将于明年交付。") == "1．5亿元的订单已于本月签订，将于明年交付。"


# ---------------------------------------------------------------- the market's reaction, in more of its words

def test_a_share_close_named_by_its_day_and_a_commoditys_move_on_the_news_are_reactions() -> None:
    from summarizer.openers import share_reaction

    assert share_reaction("岳川股价今日收在新台币512元，上涨1.8%。", "zh")
    assert share_reaction("岳川股價今日收在新台幣512元，上漲1.8%。", "zh")
    assert share_reaction("Nickel prices on the London Metal Exchange fell 1.2% to $16,400 a tonne after the news.", "en")
    # A price that moved over a period and explains a result is no reaction.
    assert not share_reaction("Oil prices rose 3% in the quarter, lifting profit.", "en")


def test_a_taiwan_page_shows_the_companys_guidance_over_its_close_and_the_analysts_view() -> None:
    text = ("记者 陈怡／台北报导\n"
            "IC设计厂岳川科技（3721）今（8）日公布10月合并营收新台币42.6亿元，月增5.1%，年增33.8%，创历年同期新高。"
            "累计前10月营收371亿元，年增21.4%。\n"
            "岳川表示，营收成长主要来自车用晶片出货放量，以及笔电客户新机备货。"
            "公司先前于法说会预估，第四季营收将季增6%至9%，毛利率约在45%至47%之间。\n"
            "法人指出，岳川新一代车用晶片已获两家车厂采用，预期明年下半年开始贡献营收，明年全年营收有望再成长两成以上。\n"
            "岳川股价今日收在新台币512元，上涨1.8%。\n"
            "图／岳川科技提供\n责任编辑：林佳\n")
    shown = _shown(text, "岳川科技10月营收年增33.8% 创同期新高")
    assert any("第四季营收将季增6%至9%" in s for s in shown), shown
    assert not any(s.startswith(("岳川股价", "法人指出")) for s in shown), shown


def test_unnamed_analysts_expectation_reported_by_a_story_is_a_view() -> None:
    from summarizer.openers import analyst_expects

    assert analyst_expects("法人指出，该公司新品已获客户采用，明年全年营收有望再成长两成以上。", "zh")
    assert analyst_expects("分析师认为，公司明年净利润有望增长30%。", "zh")
    # The company's own guidance, and a result told by an analyst, are no such view.
    assert not analyst_expects("公司先前于法说会预估，第四季营收将季增6%至9%。", "zh")
    assert not analyst_expects("分析师表示，公司三季度净利润增长30%。", "zh")


def test_a_wire_story_shows_the_deals_terms_over_the_metals_move_on_the_news() -> None:
    text = ("SANTIAGO, June 12 (Reuters) - Chile has seen a wave of labour disputes this year as unions seek a bigger "
            "share of the windfall from high metal prices.\n"
            "Workers at Andina Copper's El Roble mine voted on Wednesday to accept a new wage deal, ending a 33-day strike "
            "at one of the country's largest copper operations.\n"
            "The agreement gives the mine's 1,800 unionised workers a 4% real wage increase and a one-off bonus of about "
            "$22,000 each, the union said.\n"
            "El Roble produced 150,000 tonnes of copper last year. The company estimated the strike cost it about "
            "15,000 tonnes of output, and it cut its 2027 production forecast to 410,000-430,000 tonnes.\n"
            "Copper prices on the London Metal Exchange eased 0.6% to $10,820 a tonne after the news.\n")
    shown = _shown(text, "Andina Copper workers end 33-day strike at Chilean mine")
    assert not any(s.startswith("Copper prices") for s in shown), shown
