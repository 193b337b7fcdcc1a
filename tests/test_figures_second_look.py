"""A second look at each figure against its sentence (figure_second_look): the classes of wrong key
figure found by an audit of news written for the purpose (benchmarks/data/figures_written11.json).

Every sentence here is written for the test, none is taken from that set.
"""

from __future__ import annotations

from summarizer.figure_second_look import shown_text, written_unit
from summarizer.figures import extract_figures
from tests.figure_helpers import by_text, en_figures, figures


def texts(found: list) -> list[str]:
    return [f.text for f in found]


# ---------------------------------------------------------------- English: no key figure


def test_an_age_set_off_by_commas_is_no_figure() -> None:
    found = en_figures("Her nephew, 23, now runs the bakery, which sold 41,000 loaves last year.")
    assert "23" not in texts(found)
    assert "41,000" in texts(found)


def test_a_number_joined_to_its_unit_as_a_modifier_is_no_figure() -> None:
    found = en_figures("The crew towed a 52-foot trawler into the harbor, where repairs will cost $18,000.")
    assert "52" not in texts(found)
    assert "$18,000" in texts(found)


def test_a_match_statistic_is_no_figure() -> None:
    found = en_figures("United had 61% of possession and 19 shots, and Moreno has scored in 8 straight games.")
    assert not {"61%", "19", "8"} & set(texts(found))


def test_the_whole_a_part_is_counted_from_is_no_figure() -> None:
    found = en_figures("The chain will shut five of its 38 bakeries by June.")
    assert "38" not in texts(found)


# ---------------------------------------------------------------- English: subjects


def test_a_count_is_named_by_the_noun_after_it() -> None:
    found = en_figures("The port authority logged 12,700 sailings in 2023, up from about 9,100 in 2019.")
    assert by_text(found, "12,700").subject == "sailings"
    assert by_text(found, "9,100").subject == "sailings"


def test_a_subject_is_not_carried_over_an_action_verb_of_the_clause() -> None:
    found = en_figures("The insurer booked charges of $80 million, and said the new system would save about $45 million a year.")
    assert by_text(found, "$45 million").subject is None or "charge" not in by_text(found, "$45 million").subject


def test_a_subject_before_an_aside_names_the_figure() -> None:
    found = en_figures("Rent costs, which make up nearly a third of the basket, climbed 0.5%.")
    assert by_text(found, "0.5%").subject == "Rent costs"
    found = en_figures("The FTSE 250 shrugged off the selloff, gaining 0.7%.")
    assert by_text(found, "0.7%").subject == "The FTSE 250"


def test_a_takeover_price_per_share_names_what_is_bought() -> None:
    found = en_figures("Ostrava Capital agreed to acquire toolmaker Brandt Werke for $27.80 a share in cash.")
    assert "Brandt Werke" in (by_text(found, "$27.80").subject or "")


def test_an_adjusted_result_says_so() -> None:
    found = en_figures("Excluding special items, the retailer earned $1.14 a share.")
    assert by_text(found, "$1.14").subject == "adjusted earnings per share"


def test_the_prior_years_per_share_result_is_per_share() -> None:
    found = en_figures("Net income slipped to $90 million, or 31 cents a share, from $104 million, or 36 cents, a year ago.")
    assert "per share" in (by_text(found, "36 cents").subject or "")


def test_a_share_of_a_whole_is_not_the_whole() -> None:
    found = en_figures("The reserve fund will drop to $120 million, or about 4.1% of operating spending.")
    assert by_text(found, "4.1%").subject == "share of operating spending"


def test_a_units_revenue_after_which_grew() -> None:
    found = en_figures("The group plans more hiring in its cloud services unit, which grew revenue 23% last year.")
    assert by_text(found, "23%").subject == "cloud services unit revenue"


def test_a_figure_in_a_quotation_is_not_given_to_a_subject_outside_it() -> None:
    found = en_figures('"The smelter will need about $60 million," the plant manager said.')
    assert "manager" not in (by_text(found, "$60 million").subject or "")


def test_a_count_of_people_laid_off_says_so() -> None:
    found = en_figures("The carrier last trimmed staff in 2022, when it laid off about 640 people.")
    assert by_text(found, "640").subject == "people laid off"


def test_an_adverb_is_no_part_of_a_subject() -> None:
    found = en_figures("It closes a projected $74 million gap largely with reserves.")
    assert not (by_text(found, "$74 million").subject or "").endswith("largely")


# ---------------------------------------------------------------- English: direction and period


def test_the_base_of_a_change_has_no_direction() -> None:
    found = en_figures("The district approved a $910 million plan, up 3.4% from last year's $880 million.")
    assert by_text(found, "$880 million").change is None


def test_a_cause_is_not_a_change() -> None:
    found = en_figures("Profit fell to $55 million from $70 million a year earlier, weighed down by a $12 million write-off.")
    figure = by_text(found, "$12 million")
    assert figure.change is None and figure.period is None


def test_a_founding_year_dates_nothing_else() -> None:
    found = en_figures("The brewer, founded in 1987 and employing about 2,100 people, shipped 4.4 million barrels.")
    assert {"2,100", "4.4 million barrels"} <= set(texts(found))  # the figures the rule looks at are there
    assert all(f.period != "in 1987" for f in found)


def test_the_month_before_right_after_a_figure_is_its_period() -> None:
    found = en_figures("In the year to May, prices rose 2.1%, down from 2.4% the month before.")
    assert by_text(found, "2.4%").period == "the month before"


def test_an_old_guidance_is_marked_previously() -> None:
    found = en_figures("It lifted its sales growth forecast to between 4% and 5%, from 3% to 4% previously.")
    old = [f for f in found if f.value == (3.0, 4.0)]
    assert old and old[0].period == "previously"


# ---------------------------------------------------------------- Chinese


def test_an_age_is_no_key_figure_but_an_average_age_is() -> None:
    found = figures("63岁的李秀兰在村里开了一家面馆，她的孙子今年12岁，面馆去年营业额为36万元。")
    assert not [f for f in found if f.unit == "岁"]
    assert "36万元" in texts(found)  # the sentence's other figure stays
    found = figures("全县教师平均年龄为41岁。")
    assert by_text(found, "41岁")


def test_a_slash_list_gives_its_unit_to_every_value() -> None:
    found = figures("预计公司2025-2027年归母净利润分别为8.6/10.2/12.4亿元，对应PE为31/26/21倍。")
    shown = [f.text + written_unit(f) for f in found]
    assert "8.6亿元" in shown and "10.2亿元" in shown and "31倍" in shown
    assert "8.6" not in shown and "31" not in shown
    assert all(f.text in "预计公司2025-2027年归母净利润分别为8.6/10.2/12.4亿元，对应PE为31/26/21倍。" for f in found)


def test_an_old_forecast_says_so() -> None:
    found = figures("我们上调公司2025年营收预测至56.1亿元（前值52.3亿元）。")
    assert by_text(found, "52.3亿元").subject.endswith("（前值）")
    assert "56.1亿元" in texts(found)


def test_every_value_of_an_old_forecast_list_says_so_once() -> None:
    found = figures("我们下调公司2025/2026年归母净利润预测至6.1/7.4亿元（原预测6.8/8.3亿元）。")
    assert [f.subject for f in found if f.text.startswith(("6.8", "8.3"))] == ["公司归母净利润预测（前值）"] * 2


def test_a_count_before_its_own_change_is_kept() -> None:
    found = figures("门店数量较2017年末的652家净增100家左右。")
    assert "652家" in texts(found)


def test_a_share_of_ersan_names_nothing() -> None:
    found = figures("家电和服装是最大品类，二者合计占比约41%。")
    assert "41%" not in texts(found)


def test_a_count_that_qualifies_another_subject_is_no_figure() -> None:
    found = figures("70个大中城市新建商品住宅价格环比下降0.3%。")
    assert "70个" not in texts(found)
    assert "0.3%" in texts(found)


def test_a_list_of_small_counts_is_no_key_figure() -> None:
    found = figures("该区下辖6个街道、3个镇和2个乡，常住人口52.1万人。")
    assert not {"6个", "3个", "2个"} & set(texts(found))
    assert "52.1万人" in texts(found)


def test_limit_moves_name_their_stocks() -> None:
    found = figures("两市超3100只个股上涨，45股涨停，7股跌停。")
    assert by_text(found, "45股").subject == "涨停个股"
    assert by_text(found, "7股").subject == "跌停个股"


def test_town_and_country_after_fenbiewei() -> None:
    found = figures("2024年，全市城乡居民人均可支配收入分别为55,120元和29,840元。")
    assert "城镇居民" in by_text(found, "55,120元").subject
    assert "农村居民" in by_text(found, "29,840元").subject


def test_a_speed_up_is_the_growths_and_goes_up() -> None:
    found = figures("11月份，全国规模以上工业增加值同比增长4.8%，比上月加快0.3个百分点。")
    figure = by_text(found, "0.3个百分点")
    assert figure.subject.endswith("增速") and figure.change == "up"


def test_a_founding_year_does_not_date_a_size() -> None:
    found = figures("这座始建于1932年的木结构戏台高9米，面积约180平方米。")
    assert {"9米", "180平方米"} <= set(texts(found))  # the figures the rule looks at are there
    assert all(f.period != "1932年" for f in found)


def test_a_count_keeps_its_classifier() -> None:
    found = figures("她先后写下了23本工作笔记。")
    assert by_text(found, "23本").subject == "工作笔记"


def test_only_the_rules_here_remove_figures() -> None:
    """The results of a plain release are untouched."""
    found = extract_figures(("公司前三季度实现营业收入38.4亿元，同比增长7.2%，归母净利润2.9亿元，同比下降11.3%。",),
                            lang="zh", key_indices=frozenset({0}))
    assert [f.text for f in found if f.kind == "figure"] == ["38.4亿元", "7.2%", "2.9亿元", "11.3%"]


def test_a_range_between_two_values_says_between() -> None:
    found = en_figures("The company raised its full-year sales growth forecast to between 6% and 8%, from 5% to 7% previously.")
    assert [shown_text(f) for f in found if isinstance(f.value, tuple)][0] == "between 6% and 8%"
    assert all(f.text in "to between 6% and 8%, from 5% to 7% previously" for f in found)


def test_last_years_period_does_not_date_a_present_count() -> None:
    found = en_figures("The bakery group had sales of $640 million last year and employs about 3,900 people at 14 sites.")
    assert by_text(found, "3,900").period is None


def test_a_number_in_a_quotation_given_to_a_subject_outside_it_is_no_key_figure() -> None:
    found = en_figures('Alderman Joe Pike said the county was "heading for a hole next spring at $45 million or more."')
    assert "$45 million" not in texts(found)


def test_a_distance_from_a_place_is_no_key_figure() -> None:
    found = figures("该镇距县城约35公里，全镇工业总产值86.2亿元。")
    assert "35公里" not in texts(found)
    assert "86.2亿元" in texts(found)


def test_a_price_paid_names_what_is_bought() -> None:
    found = figures("公司拟以现金6.3亿元收购苏州恒远精密机械有限公司55%的股权。")
    assert by_text(found, "6.3亿元").subject == "收购苏州恒远精密机械有限公司对价"


def test_a_count_after_a_metric_keeps_the_metric() -> None:
    found = en_figures("Net new orders rose 6% to 3,150 homes, and backlog stood at 5,400 homes.")
    assert "order" in (by_text(found, "3,150").subject or "").lower()


def test_a_change_that_helped_keeps_its_direction() -> None:
    found = en_figures("The ferry line narrowed its loss to $12 million, helped by a 7% increase in ticket revenue.")
    assert by_text(found, "7%").change == "up"


def test_a_subject_inside_the_quotation_stays() -> None:
    found = en_figures('"The smelter is now running at 88% of design capacity," the plant manager said.')
    assert "capacity" in (by_text(found, "88%").subject or "")


def test_a_prior_forecast_named_yuan_says_so() -> None:
    found = figures("我们将公司2026年归母净利润预测上调至6.2亿元（原预测5.7亿元）。")
    assert "前值" in (by_text(found, "5.7亿元").subject or "")


def test_a_share_restating_no_amount_found_is_no_key_figure() -> None:
    found = en_figures("The reserve, which will fall sharply, stands at roughly a tenth, or about 3.2% of general fund spending.")
    assert "3.2%" not in texts(found)


def test_a_stake_in_a_which_clause_is_its_owners() -> None:
    found = en_figures("Marlowe Group, which already holds a 12.5% stake in Tanner Foods, said it would not sell.")
    assert by_text(found, "12.5%").subject == "Marlowe Group's stake"


def test_a_width_is_not_the_length() -> None:
    found = figures("这座廊桥全长38米，宽5.6米。")
    assert by_text(found, "5.6米").subject.endswith("宽")


def test_an_age_stated_alone_and_kin_are_no_key_figures() -> None:
    found = en_figures("The founder, who built the chain from one shop, died on Friday. She was 91.",
                       "She leaves two sons and 7 grandchildren.")
    assert not {"91", "7"} & set(texts(found))


def test_a_count_of_nothing_named_is_no_key_figure() -> None:
    found = en_figures("The group employed 4,100 people in 2010; today it has about 6,300.")
    assert "6,300" not in texts(found)
    assert "4,100" in texts(found)


def test_cutting_equipment_is_no_cut() -> None:
    found = en_figures("Harlan Works, a maker of metal cutting tools with annual sales of about $640 million, was sold.")
    assert by_text(found, "$640 million").change is None


def test_a_maximum_is_not_the_average() -> None:
    found = figures("全市平均降雨量62毫米，最大累计降雨量出现在北山镇，达305毫米。")
    assert by_text(found, "305毫米").subject == "最大累计降雨量"


def test_a_year_to_date_period_is_not_carried_to_the_month() -> None:
    found = figures("10月全国空调销量达到812.5万台，同比增长3.2%；", "今年以来累计销量7420.6万台，同比增长4.4%。",
                    "其中，变频空调销量603.1万台，同比增长9.8%。")
    assert by_text(found, "603.1万台").period != "今年以来"


def test_a_long_text_of_figures_is_looked_at_in_linear_time() -> None:
    """Each figure searched every figure before it for its sentence's, and each 其中 every figure
    found: 28,000 one-figure sentences took 11 s more than the extraction itself."""
    import time

    from summarizer.figure_second_look import second_look, two_periods_before
    from summarizer.model import Figure

    count = 21_000
    sentences = ["营收增长5%；", "出口增长3%。", "其中，新能源增长9%。"] * (count // 3)
    found = [Figure(text="5%", value=5.0, unit="%", approx=None, change="up", period="11月", subject="营收",
                    context="营收增长5%", sentence_index=index, rank=None) for index in range(count)]
    started = time.perf_counter()
    looked = second_look(found, sentences, "zh")
    carried, so_far = [], []  # asked as the extraction asks, with the figures found so far
    for index, figure in enumerate(found):
        carried.append(index > 0 and two_periods_before(sentences, index, so_far))
        so_far.append(figure)
    assert time.perf_counter() - started < 5.0
    assert len(looked) == count and not any(carried)  # one period before 其中: it is carried


def test_a_list_joined_by_dunhao_shows_its_unit_with_each_value_and_a_month_each() -> None:
    found = [f for f in figures("公司7-9月份分别交付506、1085、1400辆，铜版、胶版纸价格分别约5660、6120元/吨，"
                                "毛利率和净利率分别提升7.91和7.2个百分点。") if f.kind == "figure"]
    shown = {f.text: shown_text(f) for f in found}
    assert shown["506"] == "506辆" and shown["5660"] == "5660元/吨" and shown["7.91"] == "7.91个百分点"
    assert [f.period for f in found if shown_text(f).endswith("辆")] == ["7月", "8月", "9月"]
    # A list of things before the values goes through the things, not the months.
    listed = [f for f in figures("7-9月营收、净利润、毛利分别为1.2、0.3、0.1亿元。") if f.kind == "figure"]
    assert {f.period for f in listed} == {"7-9月"}


def test_a_minus_sign_is_not_lent_to_the_next_item_of_a_list() -> None:
    found = [f for f in figures("预计公司EPS分别为-0.57、0.07、0.38元/股。") if f.kind == "figure"]
    assert [f.change for f in found] == ["down", None, None]


def test_a_quarter_range_with_one_value_per_quarter_dates_each() -> None:
    found = [f for f in figures("公司Q1-Q3单季度营收增58%/24%/9%，Q1-Q4分别实现归母净利润11.0/7.8/17.7/-3.3亿。")
             if f.kind == "figure"]
    assert [f.period for f in found] == ["Q1", "Q2", "Q3", "Q1", "Q2", "Q3", "Q4"]
    assert shown_text(found[3]) == "11.0亿"
