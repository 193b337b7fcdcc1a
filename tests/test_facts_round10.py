"""Classes of wrong key figure and quote found by the fifteenth audit of news written for the purpose
(benchmarks/data/figures_written15.json): an opinion poll, an election, a drug trial, a courier, a reinsurer,
fund flows, open-market operations, parcel volumes, a holiday's travel and a utility's power output.

Every text here is written for the test, none is taken from that set.
"""

from __future__ import annotations

from tests.figure_helpers import by_text, en_figures, figures


# ---------------------------------------------------------------- directions the sentence states


def test_a_net_outflow_is_down() -> None:
    found = figures("周二，北向资金净流出52.3亿元。", "半导体、军工、医药分别净流出12.1亿元、8.4亿元和5.5亿元。")
    assert [by_text(found, t).change for t in ("52.3亿元", "12.1亿元", "8.4亿元", "5.5亿元")] == ["down"] * 4


def test_a_net_sale_is_down_and_a_net_purchase_is_not() -> None:
    found = figures("当日沪股通净买入18.6亿元，深股通净卖出4.4亿元。")
    assert by_text(found, "4.4亿元").change == "down"
    assert by_text(found, "18.6亿元").change != "down"


def test_a_count_of_outflow_sectors_is_no_fall() -> None:
    found = figures("当日主力资金净流出的行业有21个。")
    assert by_text(found, "21个").change != "down"


def test_net_outflows_in_english_are_down() -> None:
    found = en_figures("Equity funds saw net outflows of $4.2 billion in the week, while bond funds took in $1.1 billion.")
    assert by_text(found, "$4.2 billion").change == "down"
    assert by_text(found, "$1.1 billion").change != "down"


def test_a_level_to_a_from_b_moves_the_way_the_numbers_say() -> None:
    worse = en_figures("The insurer's combined ratio worsened to 103.2% from 96.5% after the floods.")
    better = en_figures("The carrier's combined ratio improved to 94.1% from 99.0% in the quarter.")
    assert by_text(worse, "103.2%").change == "up"
    assert by_text(better, "94.1%").change == "down"


def test_a_level_with_last_years_base_in_chinese() -> None:
    found = figures("受暴雨影响，公司综合成本率恶化至100.8%，上年同期为97.2%。")
    assert by_text(found, "100.8%").change == "up"


def test_a_count_more_than_a_year_ago_is_a_rise() -> None:
    found = en_figures("The chain now employs 1,200 drivers, about 300 more than a year ago.")
    assert by_text(found, "300").change == "up"


def test_on_track_for_is_an_outlook() -> None:
    found = en_figures("Finance chief Ada Moss said renewals were on track for price rises of 2% to 4%.")
    assert by_text(found, "2% to 4%").estimate == "forecast"


# ---------------------------------------------------------------- English shares of a group


def test_a_share_of_a_group_names_what_the_group_does() -> None:
    found = en_figures("About 47% of surveyed renters support the rent freeze, compared with 31% of homeowners.")
    assert by_text(found, "47%").subject == "surveyed renters who support the rent freeze"
    assert by_text(found, "31%").subject == "homeowners who support the rent freeze"


def test_a_share_compared_in_another_group_keeps_the_measure() -> None:
    found = en_figures("Among renters, approval reached 64%, compared with 38% of homeowners and 51% of landlords.")
    assert by_text(found, "38%").subject == "approval (among homeowners)"
    assert by_text(found, "51%").subject == "approval (among landlords)"


def test_a_rate_on_placebo_is_not_the_drug_arms() -> None:
    found = en_figures("Nausea occurred in 12.5% of the drug group, versus 4.2% on placebo.")
    assert "placebo" in (by_text(found, "4.2%").subject or "")
    assert by_text(found, "4.2%").subject != "placebo"


def test_undecided_is_what_the_share_measures() -> None:
    found = en_figures("Support for the levy rose to 44%, while 9% were unsure.")
    assert by_text(found, "9%").subject == "unsure"


def test_a_count_of_the_markets_it_comes_from_is_no_key_figure() -> None:
    found = en_figures("The app's subscriptions, which now come from 40 markets, rose 18% in the quarter.")
    assert "40" not in [f.text for f in found]
    assert by_text(found, "18%").change == "up"


# ---------------------------------------------------------------- Chinese owners named elsewhere in the sentence


def test_the_stock_a_ranking_names_owns_the_figures_after_it() -> None:
    found = figures("跌幅最大的是远峰科技，净流出3.3亿元，该股全天下跌8.2%，收于12.30元。")
    assert by_text(found, "3.3亿元").subject == "远峰科技净流出"
    assert by_text(found, "8.2%").subject == "远峰科技股价"
    assert by_text(found, "12.30元").subject == "远峰科技股价"


def test_two_ranked_names_share_out_their_figures() -> None:
    found = figures("主力资金净买入居前的是长河电子和青松药业，分别净买入3.1亿元和2.7亿元。")
    assert by_text(found, "3.1亿元").subject == "长河电子净买入"
    assert by_text(found, "2.7亿元").subject == "青松药业净买入"


def test_an_amount_that_falls_due_is_the_operations() -> None:
    found = figures("本周公开市场共有5,200亿元逆回购到期，另有2,000亿元MLF将于周四到期。",
                    "央行同日公告，将于周四开展3,000亿元MLF操作。")
    assert by_text(found, "5,200亿元").subject == "逆回购到期"
    assert by_text(found, "2,000亿元").subject == "MLF到期"
    assert by_text(found, "3,000亿元").subject == "MLF操作"


def test_a_rates_tenor_stays_in_its_name() -> None:
    found = figures("隔夜Shibor报1.402%，14天Shibor报1.951%。")
    assert "14天" in (by_text(found, "1.951%").subject or "")


def test_a_price_per_megawatt_hour_keeps_its_unit() -> None:
    found = figures("公司前三季度平均上网电价为412.5元/兆瓦时，同比下降1.8%。")
    assert by_text(found, "412.5元/兆瓦时").unit == "元/兆瓦时"


def test_each_courier_owns_its_revenue_per_parcel() -> None:
    found = figures("东岭快递完成业务量15.2亿件，同比增长12.1%，单票收入2.11元。",
                    "北川速运业务量9.8亿件，同比增长7.5%，单票收入14.20元。")
    assert by_text(found, "2.11元").subject == "东岭快递单票收入"
    assert by_text(found, "14.20元").subject == "北川速运单票收入"
    assert by_text(found, "15.2亿件").subject == "东岭快递业务量"


def test_a_share_compared_with_a_time_is_no_group() -> None:
    found = en_figures("Its gross margin was 31.2%, compared with 29.8% in the same quarter last year.")
    assert "in the same quarter" not in (by_text(found, "29.8%").subject or "")


def test_a_group_compared_with_a_group_is_left_as_read() -> None:
    found = en_figures("In the study, 8.1% of patients on the drug, called rovalin, were hospitalized, compared with "
                       "11.4% of those on placebo.")
    assert "among" not in (by_text(found, "11.4%").subject or "")


def test_a_revised_figure_is_no_move() -> None:
    found = en_figures("September's figure was revised down to 98,000 from 112,000.")
    assert by_text(found, "98,000").change is None


def test_a_spread_that_narrowed_to_a_level_is_a_change_and_a_level() -> None:
    found = en_figures("The spread of the city's 10-year bonds over state debt narrowed 9 basis points to 84 bps.")
    assert by_text(found, "9 basis points").change == "down"
    assert by_text(found, "84 bps").value == 84.0


def test_an_amount_of_claims_after_a_profit_is_the_claims() -> None:
    found = en_figures("The insurer posted a profit of 48 million euros a year earlier, after storm claims of about "
                       "120 million euros.")
    assert by_text(found, "120 million euros").subject == "storm claims"


def test_with_an_index_down_is_the_indexs_move() -> None:
    found = en_figures("Retail stocks fell about 3% on the week, with the Halden retail index down 4.6%.")
    assert by_text(found, "4.6%").subject == "Halden retail index"


def test_the_level_a_cap_is_set_at_is_the_caps() -> None:
    found = en_figures("Lawmakers backed a bill to cap overdraft fees at $12.")
    assert by_text(found, "$12").subject == "cap on overdraft fees"


def test_a_sentence_opening_on_the_share_of_a_group_is_about_that_share() -> None:
    found = en_figures("The share of renters who call their rent \"fair\" fell 4 points to 27%.")
    assert by_text(found, "27%").subject == "share of renters who call their rent fair"


def test_a_time_is_no_subject_the_noun_after_the_verb_is() -> None:
    found = figures("春节期间共接待入境游客312万人次，日均39万人次，同比增长14.2%。")
    assert [by_text(found, t).subject for t in ("312万人次", "39万人次", "14.2%")] == ["入境游客"] * 3


def test_a_daily_average_list_goes_to_the_measures_before_it() -> None:
    found = figures("公路累计发送旅客2.6亿人次，水路运输旅客1,120万人次，日均分别为3,250万人次和140万人次。")
    assert by_text(found, "3,250万人次").subject == "公路日均"
    assert by_text(found, "140万人次").subject == "水路运输旅客日均"


def test_the_means_is_no_measure() -> None:
    found = figures("央行通过逆回购和MLF累计净投放流动性约8,000亿元。")
    assert by_text(found, "8,000亿元").subject == "央行净投放流动性"


def test_an_age_that_bounds_a_group_is_no_figure() -> None:
    found = en_figures("The levy was backed by 61% of those under 35, against 33% of those over 65.")
    assert "65" not in [f.text for f in found] and "35" not in [f.text for f in found]


def test_a_p_value_is_no_key_figure_and_a_ratio_is_its_own() -> None:
    found = en_figures("Relapse occurred in 21.4% of patients on the drug, versus 30.2% on placebo (hazard ratio 0.68; "
                       "p<0.001).")
    assert "0.001" not in [f.text for f in found]
    assert by_text(found, "0.68").subject == "hazard ratio"
    assert "placebo" in (by_text(found, "30.2%").subject or "")
    zh = figures("疾病进展或死亡风险降低27%（HR=0.73，P=0.004）。")
    assert "0.004" not in [f.text for f in zh]


def test_a_figure_is_no_subject_of_the_value_it_rose_from() -> None:
    found = en_figures("Some 41% of renters oppose the levy, up from 35% in March, a survey found.")
    assert by_text(found, "35%").subject == by_text(found, "41%").subject == "renters who oppose the levy"


def test_the_items_of_a_flow_list_keep_their_flow() -> None:
    found = figures("有色、化工分别净流入9.6亿元和4.1亿元；军工、医药分别净流出7.2亿元和3.3亿元。")
    assert [by_text(found, t).subject for t in ("9.6亿元", "4.1亿元", "7.2亿元", "3.3亿元")] == [
        "有色净流入", "化工净流入", "军工净流出", "医药净流出"]


def test_a_bare_count_takes_the_noun_it_counts() -> None:
    found = en_figures("The ruling Harbour Party fell to 31 seats from 58 in the election.")
    assert by_text(found, "31").subject == "The ruling Harbour Party's seats"


def test_its_after_and_is_the_sentence_heads() -> None:
    found = en_figures("The ruling Harbour Party fell to 31 seats from 58 and its vote share dropped 9 points to 28.4%.")
    assert by_text(found, "9 points").subject == "The ruling Harbour Party's vote share"


def test_an_act_or_a_clause_before_of_is_no_subject() -> None:
    found = en_figures("Spot silver was up 0.8% at $33.10 an ounce, after touching a record high of $33.85 earlier.")
    assert not (by_text(found, "$33.85").subject or "").startswith("touching")
    metric = en_figures("Backlog rose to 5,410 homes at the end of the quarter.")
    assert "homes" not in (by_text(metric, "5,410").subject or "")


def test_a_share_that_says_a_long_clause_keeps_its_group() -> None:
    found = en_figures("Some 64% of Americans say that the tariff — a tax on imported steel and aluminium — was a mistake.")
    assert by_text(found, "64%").subject != "Americans who say"
    assert "who say that" not in (by_text(found, "64%").subject or "")


def test_an_act_through_others_is_no_means() -> None:
    found = figures("被告人直接或通过他人非法收受财物共计折合人民币1.2亿余元。")
    assert "收受财物" in (by_text(found, "1.2亿余元").subject or "")


# ---------------------------------------------------------------- the holdout's classes (fixed after its one run)


def test_among_a_group_a_share_does_what_its_verb_says() -> None:
    found = en_figures("Among renters under 35, 58% expect rents to rise next year, compared with 31% of those over "
                       "$90,000 in income.")
    assert by_text(found, "58%").subject == "renters under 35 who expect rents to rise"
    assert by_text(found, "31%").subject == "those over $90,000 in income who expect rents to rise"


def test_a_gap_below_normal_is_down() -> None:
    found = en_figures("Snowpack was 22 percentage points below normal at the end of March.")
    assert by_text(found, "22 percentage points").change == "down"


def test_a_segments_combined_ratio_is_the_segments() -> None:
    found = figures("公司综合成本率为99.1%。", "车险保费收入120.5亿元，同比增长2.2%，综合成本率96.4%。")
    assert by_text(found, "96.4%").subject == "车险综合成本率"
