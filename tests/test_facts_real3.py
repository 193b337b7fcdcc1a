"""Classes of figure and quote errors found on the third unseen real-text round (facts_gold_real3).

Every sample sentence is written for these tests; none comes from the corpus.
"""

from __future__ import annotations

from summarizer import analyze
from tests.figure_helpers import by_text, figures


def test_a_minus_after_a_yoy_marker_is_the_change_sign() -> None:
    # "（YOY-5.12%）" was shown as 5.12% with no direction: the minus was read as a dash after the letters.
    found = figures("公司上半年实现营收12.30亿元（YOY-5.12%），归母净利0.88亿元（yoy-40.5%）；扣非净利yoy+12.6%。")
    assert by_text(found, "-5.12%").value == -5.12
    assert by_text(found, "-5.12%").change == "down"
    assert by_text(found, "-40.5%").change == "down"
    assert by_text(found, "12.6%").change == "up"


def test_a_net_loss_of_the_parent_names_the_profit_not_a_bare_qualifier() -> None:
    # "归母净亏损…" lost its loss word to the direction and was left as the subject "归母".
    found = figures("一季度公司归母净亏损2680.5万元，扣非归母净亏损3012.4万元。")
    assert by_text(found, "2680.5万元").subject.endswith("归母净利润")
    assert by_text(found, "2680.5万元").change == "loss"
    assert by_text(found, "3012.4万元").subject.endswith("扣非归母净利润")


def test_a_fall_of_more_than_the_whole_after_a_loss_is_the_profits() -> None:
    # "净亏损…，同比-118%": a loss cannot narrow by more than 100%; the profit fell into it.
    found = figures("一季度归母净亏损2680.5万元，同比-118.3%。")
    assert by_text(found, "-118.3%").subject == "归母净利润"
    assert by_text(found, "-118.3%").change == "down"
    # ("净亏损…，同比收窄20%" still measures the loss.)
    found = figures("公司净亏损3.1亿元，同比收窄20%。")
    assert "亏损" in by_text(found, "20%").subject


def test_the_start_of_a_rise_to_an_end_point_has_no_direction() -> None:
    # "由2022年的3.4亿美元增长至…": the first amount is where it started, not a rise.
    found = figures("预计全球激光雷达市场规模将由2022年的3.4亿美元增长至2027年的42亿美元。")
    assert by_text(found, "3.4亿美元").change is None
    assert by_text(found, "42亿美元").change == "up"
    assert by_text(figures("今年公司实现30%的增长。"), "30%").change == "up"


def test_racked_up_piles_up_an_amount_it_is_no_rise() -> None:
    found = figures("The new label racked up more than $9 million in sales in March.", lang="en")
    assert by_text(found, "$9 million").change is None
    found = figures("Shares picked up 4% on Tuesday.", lang="en")
    assert by_text(found, "4%").change == "up"


def test_carats_are_not_grams() -> None:
    found = figures("该矿山每年可开采钻石400万至450万克拉，去年产量为380万克拉。")
    assert [f.text for f in found] == ["400万至450万克拉", "380万克拉"]
    assert by_text(found, "380万克拉").unit == "克拉"


def test_latitude_and_longitude_are_no_figures() -> None:
    found = figures("震中位于北纬31.52度，东经103.44度，震源深度12公里。")
    assert [f.text for f in found] == ["12公里"]


def test_a_dollars_country_after_the_amount_is_its_currency_not_the_subject() -> None:
    found = figures("The operator said it would charge a minimum of $80 Canadian to leave the island.", lang="en")
    figure = by_text(found, "$80 Canadian")
    assert figure.unit == "C$"
    assert figure.subject != "Canadian"
    # "a $3 million Australian startup": there the country heads the noun after it.
    found = figures("Investors put $3 million into an Australian startup and $2 million Australian into a fund.", lang="en")
    assert by_text(found, "$3 million").unit == "$"


def test_an_approximation_after_an_approximated_figure_stays_with_it() -> None:
    # "约3米左右的" left 左右 behind, and the next figure took "左右的…" as its subject.
    found = figures("溪水从一道宽约3米左右的石缝流进深达数十米的溶洞。")
    assert by_text(found, "3米左右").approx == "约"
    assert not (by_text(found, "数十米").subject or "").startswith("左右")
    # "节约" is a word: its 约 is no approximation.
    assert by_text(figures("新系统帮助工厂节约8%左右的电费。"), "8%左右").approx == "左右"


def test_a_size_inside_a_modifier_measures_the_noun_after_it() -> None:
    found = figures("景区有一道宽约3米的石缝，溪水从这里流进深达数十米的溶洞。")
    assert by_text(found, "3米").subject == "石缝宽"
    assert by_text(found, "数十米").subject == "溶洞深"
    assert by_text(figures("今年钢材产量增长达20万吨的规模。"), "20万吨").subject != "规模长"


def test_a_class_teacher_is_an_unnamed_speaker() -> None:
    result = analyze("开学第一天，家长们来到学校。班主任说，新教室的桌椅已经全部更换，每个学生都有自己的储物柜。")
    assert [(q.speaker, q.kind) for q in result.quotes] == [("班主任", "indirect")]


def test_whom_a_speaker_told_is_not_who_spoke() -> None:
    # ("周先生对同事说" gave the speaker "周先生对同事"; "对球队队长说" lost the quote.)
    result = analyze("散会后，周先生对同事说，下周还要加班两次。")
    assert [q.speaker for q in result.quotes] == ["周先生"]
    result = analyze("比赛结束后，周先生对球队队长说，下周还要加练两次。")
    assert [q.speaker for q in result.quotes] == ["周先生"]


def test_she_is_never_a_man_called_xiansheng() -> None:
    # "她表示" with only 周先生 presented: no speaker rather than him.
    result = analyze("周先生表示，下周还要加练两次。她表示，场馆的灯光需要检修。")
    assert all(q.speaker != "周先生" for q in result.quotes if "灯光" in q.text)


def test_a_planner_or_producer_title_leads_to_the_name() -> None:
    result = analyze("展览总策划林向东表示，本次展览将持续到年底，共展出两百件作品。")
    assert [q.speaker for q in result.quotes] == ["林向东"]


def test_a_lower_case_title_before_a_full_name_presents_the_person() -> None:
    # "skipper Ana Ruiz has …" then "“…,” she said": she is Ruiz, presented by her trade, not by a comma.
    result = analyze("On a windy pier, skipper Ana Ruiz has watched the prices of cod for years.\n"
                     "“When the fish is fresh, it sells itself,” she said.", lang="en")
    assert [q.speaker for q in result.quotes] == ["Ana Ruiz"]


def test_a_rough_dollar_amount_keeps_its_something() -> None:
    # "$12-something a pound" was shown as "$12", a price the text never gave.
    found = figures("Shoppers paid $12-something a pound for the fillets.", lang="en")
    assert by_text(found, "$12-something").approx == "something"


def test_keeping_at_a_level_is_the_predicate_not_part_of_the_subject() -> None:
    # "全球年产量保持在…" was shown with the subject "全球年产量保持".
    found = figures("今年全球铜矿年产量保持在2300万吨。")
    assert by_text(found, "2300万吨").subject.endswith("年产量")
    # ("批价基本稳定在…": the adverb goes with the verb.)
    assert by_text(figures("近期某酒批价基本稳定在760元左右。"), "760元左右").subject == "某酒批价"


def test_the_yue_of_a_word_is_no_approximation() -> None:
    # "签约300家" signed 300; "折合约1万吨" is 折合 + 约, about 10,000 tonnes.
    found = figures("公司计划签约120家门店，全年产量折合约2万吨碳酸锂。")
    assert by_text(found, "120家").approx is None
    assert by_text(found, "2万吨").approx == "约"
