"""Subjects read against the whole sentence (figure_subject_guard): a wrong subject shown is worse than none.

Every sentence here is written for the test; each shape was seen on real pages of the shared corpus.
"""

from __future__ import annotations

from summarizer.figures import extract_figures
from tests.figure_helpers import by_text, figures

# ---------------------------------------------------------------- Chinese: carried over another clause


def test_a_subject_is_not_carried_over_a_clause_about_something_else() -> None:
    found = figures("随后，三支搜救队陆续赶到，家属和民警反复查看录像，五万元悬赏的消息已发出十天。")
    assert by_text(found, "五万元").subject is None


def test_a_subject_still_carries_over_clauses_that_go_on_about_it() -> None:
    found = figures("7月整车产量5.2万辆，同环比双升，分别+12.5%/+3.1%。")
    assert by_text(found, "12.5%").subject == "整车产量"
    found = figures("公司预计上半年归母净利润8.1亿元~9.0亿元，与调整后口径相比，同比变动-5%~5%。")
    assert by_text(found, "-5%~5%").subject == "归母净利润"


def test_a_subject_carries_over_an_aside_in_brackets() -> None:
    found = figures("国内约有4万家书店相关企业（名称含“书店、书局”，且仍在经营），其中超7成成立在3年以内。")
    assert by_text(found, "7成").subject is not None


def test_a_clause_led_by_another_metric_breaks_the_carry() -> None:
    found = figures("一季度销售费用率略有下降，为3.10%，管理和研发费用率均略有上升，分别为2.05%/4.40%。")
    assert by_text(found, "2.05%").subject != "销售费用率"


def test_the_place_after_zai_is_not_who_the_figure_is_about() -> None:
    found = figures("那天女孩穿着凉鞋，在草地和小土坡上奔跑，跑在父亲前面二十几米，随后不见了。")
    assert by_text(found, "二十几米").subject is None


def test_a_scope_after_zai_still_names_the_figure() -> None:
    found = figures("在全省新能源汽车的销量统计中，近乎60%来自本地品牌。")
    assert by_text(found, "60%").subject


def test_a_clause_glued_to_a_subject_is_dropped() -> None:
    found = figures("储能业务保持高景气，同增45.1%、52.3%、60.8%。")
    assert all(f.subject is None or "保持" not in f.subject for f in found)


def test_a_record_clause_names_its_owner() -> None:
    found = figures("由此产生的服务贸易顺差创下历史新高，达到380亿美元。")
    assert by_text(found, "380亿美元").subject == "由此产生的服务贸易顺差"


# ---------------------------------------------------------------- Chinese: markers and amounts


def test_a_comparison_marker_is_not_part_of_the_subject() -> None:
    found = figures("2023年全省软件业务收入为880.2亿元，增速比上年的15.2%回落3.4个百分点。")
    assert by_text(found, "3.4个百分点").subject == "增速"
    found = figures("门店总数较年初分别增长3.5%、4.1%。")
    assert by_text(found, "3.5%").subject == "门店总数"


def test_a_ratio_named_with_bi_keeps_its_name() -> None:
    found = figures("公司经营现金流表现良好，收现比达到112%。")
    assert by_text(found, "112%").subject == "收现比"
    found = figures("海外业务营收占比为45.3%。")
    assert by_text(found, "45.3%").subject.endswith("营收占比")


def test_what_it_is_compared_with_is_not_what_grew() -> None:
    found = figures("新款手机的续航与上一代机型相比提升35.5%。")
    assert by_text(found, "35.5%").subject == "新款手机的续航"
    found = figures("新款手机续航更长，与上一代机型X5相比提升35.5%。")
    assert by_text(found, "35.5%").subject is None


def test_a_bare_value_is_the_value_of_what_the_clause_before_counted() -> None:
    found = figures("2023年某省出口机电产品1520万台，价值96亿美元；进口机电产品830万台，价值51亿美元。")
    assert by_text(found, "96亿美元").subject == "某省出口机电产品价值"
    assert by_text(found, "51亿美元").subject == "进口机电产品价值"


def test_a_bare_amount_with_no_subject_is_no_key_figure() -> None:
    found = extract_figures(["出口机电产品830万台，价值51亿美元，由此产生的顺差刷新纪录，达到35亿美元。"], lang="zh",
                            key_indices=frozenset())
    assert all(f.rank is None or f.subject not in (None, "价值") for f in found if f.text == "35亿美元")


# ---------------------------------------------------------------- Chinese: numbers that are no figure


def test_an_idiom_with_a_numeral_is_no_figure() -> None:
    assert "一成" not in [f.text for f in figures("十年过去，小镇的生活依旧一成不变。")]
    assert "一成" in [f.text for f in figures("公司预计明年营收增长一成。")]


def test_an_age_in_front_of_a_person_is_no_key_figure() -> None:
    found = [f for f in extract_figures(["6岁女儿在商场走失的第三天，家人仍在寻找。"], lang="zh", key_indices=frozenset())]
    assert all(f.rank is None for f in found if f.text == "6岁")
    assert "35岁" in [f.text for f in figures("一线城市首次购房者的平均年龄约为35岁。")]


# ---------------------------------------------------------------- English


def test_a_pronoun_or_quantifier_is_no_subject() -> None:
    found = figures("The chain ran dozens of discounts in its stores, one of which was salmon priced at $12.49 a pound, "
                    "albeit only for a week.", lang="en")
    assert by_text(found, "$12.49").subject is None
    found = figures("The spring discount is one of more than 200 such member promotions the grocer plans in the next few "
                    "months.", lang="en")
    assert by_text(found, "200").subject is None
    found = figures("He recorded dozens of demos and sent 15 of the best ones to a producer.", lang="en")
    assert by_text(found, "15").subject is None
    found = figures("Old crews say that made catching a tuna that can weigh 400 pounds all the more thrilling.", lang="en")
    assert by_text(found, "400 pounds").subject != "all"


def test_a_part_counted_of_them_keeps_what_it_counts() -> None:
    found = figures("Rebels seized 31 tankers last year — 12 of them Greek-owned vessels — off the coast.", lang="en")
    assert by_text(found, "12").subject == "Greek-owned vessels"


def test_a_verb_after_what_a_count_counts_is_no_part_of_it() -> None:
    assert by_text(figures("Tension rose as 12 mayors meet in Boston this week.", lang="en"), "12").subject == "mayors"
    assert by_text(figures("Some 60 nurses walked out on Friday.", lang="en"), "60").subject == "nurses"
    assert by_text(figures("The unit sent 200 armed guards.", lang="en"), "200").subject == "armed guards"


def test_the_tail_of_a_coordination_is_no_subject() -> None:
    sentence = "Grocers compete for a bigger slice of U.S. meat and seafood retail sales, which totaled $310 billion in 2022."
    found = extract_figures([sentence], lang="en", key_indices=frozenset())
    assert all(f.rank is None or (f.subject or "").lower() != "seafood retail sales" for f in found)


def test_people_counted_in_another_clause_are_not_this_number() -> None:
    found = figures("I found out 52 people visited my page last week, but only 14 had come from the video.", lang="en")
    assert by_text(found, "14").subject is None
    assert by_text(found, "52").subject


def test_a_record_clause_between_goes_on_about_the_subject() -> None:
    found = figures("现货白银盘中最高触及每盎司35.20美元，创历史新高，截至北京时间16时，报34.85美元/盎司，日内上涨2.05%。")
    assert by_text(found, "2.05%").subject == "现货白银"


def test_a_figure_after_and_joining_two_clauses_keeps_its_subject() -> None:
    found = figures("Revenue rose 6.2% to $2.31 billion and underlying net profit climbed 14% to $418 million for the year.",
                    lang="en")
    assert by_text(found, "14%").subject == "underlying net profit"


def test_a_relative_clause_alone_is_no_key_figure_but_one_with_its_noun_is() -> None:
    found = figures("Grocers compete for a bigger slice of U.S. meat and seafood retail sales, which totaled $310 billion "
                    "in 2022.", lang="en")
    assert "$310 billion" not in [f.text for f in found if not f.subject]
    found = figures("The index, which rose 4.5% last year, fell again in March.", lang="en")
    assert by_text(found, "4.5%").subject == "The index"


def test_a_clause_with_its_own_subject_does_not_take_one_from_before() -> None:
    found = figures("Backed by $3 billion in state grants, the carmaker hired 2,400 workers last year.", lang="en")
    assert by_text(found, "2,400 workers").subject != "state grants"
    found = figures("Exports grew 4 percent last year, and shipping contributed 12 percent of it.", lang="en")
    assert by_text(found, "12 percent").subject is None


def test_the_whole_a_share_is_of_is_not_what_it_measures() -> None:
    found = extract_figures(["Fishing is central to the island, accounting for 18 percent of its gross domestic product."],
                            lang="en", key_indices=frozenset())
    assert all(f.rank is None or f.subject != "gross domestic product" for f in found)
    found = figures("The island relies on fishing for 18 percent of its gross domestic product.", lang="en")
    assert by_text(found, "18 percent").subject is None


def test_a_share_named_in_a_which_clause_keeps_the_whole_to_its_last_word() -> None:
    found = figures("The storm hurt fishing, which accounts for about 18 percent of gross domestic product.", lang="en")
    assert by_text(found, "18 percent").subject == "fishing's share of gross domestic product"


def test_a_lead_in_place_still_names_the_figure() -> None:
    found = figures("Overseas, the sequel collected $74 million from 38 markets, for a global opening of $131 million.",
                    lang="en")
    assert by_text(found, "$74 million").subject == "Overseas"


def test_a_hedge_word_is_not_part_of_the_subject() -> None:
    found = figures("该子公司营业收入占母公司营业收入不足 3%。")
    assert not by_text(found, "3%").subject.endswith("不足")
    found = figures("公司帮助客户平均节约6%左右的能耗成本。")
    # 节约 is a word, not 节 + 约: the approximation is the 左右 after it, which the figure keeps
    assert not (by_text(found, "6%左右").subject or "").endswith("节")


def test_a_list_mark_left_after_a_verb_is_dropped() -> None:
    found = figures("现价对应2024、25年PE分别为18、13倍。")
    assert all("、" not in (f.subject or "") for f in found)


def test_letters_cut_out_of_a_longer_name_are_no_subject() -> None:
    found = figures("公司拟建设60万吨PBS/PBAT新产能。")
    assert by_text(found, "60万吨").subject != "PB"
