"""/ask answers only what the articles state (issue #13 part 3): the known wrong answers and wrong highlights left
by reader round 22 and its holdout, each as a class, on sample sentences of our own."""

from __future__ import annotations

from tests.ask_helpers import ask, highlighted, library


def _policy_rates() -> list:
    return library("hl", "海澜央行下调政策利率",
                   "海澜央行11月3日宣布，下调14天期回购操作利率15个基点，由2.10%调整为1.95%。",
                   "同日公布的贷款基础利率显示，1年期利率为3.35%，5年期以上利率为3.85%，均较上月下降20个基点。")


def test_a_tenor_in_days_asked_must_be_the_numbers_own() -> None:
    # "14天期逆回购利率是多少" cited the 7天期 rate's 1.30%, and "7天期逆回购利率下调多少" the LPR line's 10个基点:
    # a tenor in days (天期, -day) was not read as a tenor.
    lib = _policy_rates()
    assert ask("7天期回购操作利率是多少？", lib).abstained
    found = ask("14天期回购操作利率下调多少？", lib)
    assert not found.abstained and "14天期" in found.sentences[0].text
    assert ask("28天期回购操作利率下调多少？", lib).abstained


def test_basis_points_are_a_move_and_a_level_asked_is_marked() -> None:
    # "7天期逆回购利率调整为多少" marked the 10个基点 cut beside the 1.30% asked: 个基点 was not read as a change's unit.
    lib = _policy_rates()
    assert highlighted("14天期回购操作利率调整为多少？", lib) == "1.95%"
    assert highlighted("14天期回购操作利率下调了多少个基点？", lib) == "15个基点"


def test_the_party_a_sum_is_paid_to_is_not_the_one_fined() -> None:
    # "What fine did the court impose on Velisse?" cited "ordered Norventa's French unit to pay 42 million euros in
    # damages to parts supplier Velisse SA": the payee read as the one paying.
    lib = library("ct", "Regulator fines Dunmore Shipping",
                  "The maritime regulator on Tuesday fined Dunmore Shipping 18 million pounds for safety breaches.",
                  "Separately, a Leeds commercial court on Friday ordered Dunmore's UK unit to pay 3.5 million pounds in "
                  "damages to port operator Harlow Quays Ltd, which had sought 9 million pounds.")
    assert ask("What fine did the court impose on Harlow Quays?", lib).abstained
    assert ask("What penalty was Harlow Quays given?", lib).abstained
    found = ask("What fine did the regulator impose on Dunmore Shipping?", lib)
    assert not found.abstained and "18 million pounds" in found.sentences[0].text
    found = ask("How much must Dunmore's UK unit pay to Harlow Quays in damages?", lib)
    assert not found.abstained and "3.5 million pounds" in found.sentences[0].text


def test_a_share_of_another_whole_does_not_answer() -> None:
    # "What share of microcontrollers did carmakers have to buy from Norventa?" cited "Norventa's share of the market
    # exceeded 60%": a share of the market, not of the microcontrollers asked (the 80% line before).
    lib = library("sh", "EU court upholds fine on Brannock",
                  "The European Commission had found that Brannock offered rebates to grocers on condition that they "
                  "buy at least 70% of their frozen desserts from it between 2015 and 2019.",
                  "The judges said the Commission had correctly found that Brannock's share of the market exceeded 55% "
                  "during that period.")
    for question in ("What share of desserts did grocers have to buy from Brannock?",
                     "What share of frozen desserts did grocers have to buy from Brannock?"):
        found = ask(question, lib)
        assert not found.abstained and "70%" in found.sentences[0].text
        assert all("55%" not in s.text for s in found.sentences)
    found = ask("What share of the market did Brannock have?", lib)
    assert not found.abstained and "55%" in found.sentences[0].text


def _prices() -> list:
    return library("oi", "Oil gains after stock draw",
                   "Oil prices rose after the data.",
                   "Dubai crude futures settled up $0.84, or 1.2%, at $70.12 a barrel, while Canadian heavy crude gained "
                   "$0.61, or 1.1%, to $55.40.",
                   "Refinery runs climbed 2.3 percentage points to 88.4% of capacity.")


def test_the_mark_goes_to_the_part_naming_the_subject_and_to_the_level_reached() -> None:
    # "What price did U.S. crude settle at?" marked Brent's $1.12 in "Brent crude futures settled up $1.12, …, while
    # U.S. West Texas Intermediate crude gained $1.05, …, to $67.80"; "What was refinery utilization?" marked the
    # "climbed 1.4 percentage points" before the 91.8% asked.
    lib = _prices()
    assert highlighted("What price did Canadian heavy crude settle at?", lib) == "$55.40"
    assert highlighted("What price did Dubai crude settle at?", lib) == "$70.12"
    assert highlighted("What were refinery runs?", lib) == "88.4%"


def test_a_scope_after_a_preposition_may_be_named_before_the_numbers_clause() -> None:
    # "What was the load factor on Skyvale's Asia-Pacific routes?" marked the 12.8% traffic growth of "traffic on
    # Asia-Pacific routes jumped 12.8%, with a load factor of 87.1%": the routes (named before the 87.1%'s clause)
    # were required in its own clause.
    lib = library("al", "Corran Air traffic rises in October",
                  "Corran Air said passenger traffic rose 5.2% in October.",
                  "By region, traffic on transatlantic routes jumped 9.4%, with a load factor of 88.3%.")
    assert highlighted("What was the load factor on Corran Air's transatlantic routes?", lib) == "88.3%"


def test_a_thing_named_as_the_object_of_its_count_qualifies_the_statement() -> None:
    # "11月客车销量环比增长多少" cited a later sentence's rounded "环比出现25%以上增长": the report line "合计销售客车
    # 4567辆，…，环比增长25.39%" names 客车 after its verb (销售客车), not before a measure (客车销量).
    lib = library("kc", "某客车公司11月销量快报",
                  "事件：公司发布11月销量快报，合计销售客车3218辆，同比下滑1.46%，环比增长18.72%。",
                  "11月客车销量延续改善态势，同比虽有微幅下滑，但环比出现15%以上增长。")
    assert highlighted("11月客车销量环比增长多少？", lib) == "18.72%"


def test_a_later_year_asked_as_a_result_gets_the_outlook_labelled_not_as_the_answer() -> None:
    # "北辰材料2027年营业收入是多少" (a trap) was answered by "预计上市公司2027年营业收入将超过80亿元": a later year was
    # let through to a forecast. The refusal now says only an outlook is stated and shows it as the nearest fact.
    lib = library("bc", "岚山股份拟收购晟达新能",
                  "岚山股份12月2日晚间公告，公司拟以发行股份及支付现金方式购买晟达新能100%股权，交易对价为21亿元。",
                  "2025年，岚山股份实现营业收入31.2亿元。",
                  "岚山股份表示，交易完成后，公司将新增隔膜业务，预计上市公司2028年营业收入将超过60亿元。")
    found = ask("岚山股份2028年营业收入是多少？", lib)
    assert found.abstained and found.missing == "outlook" and "60亿元" in found.nearest.text
    assert highlighted("岚山股份预计2028年营业收入是多少？", lib) == "60亿元"
    assert highlighted("岚山股份2025年营业收入是多少？", lib) == "31.2亿元"
