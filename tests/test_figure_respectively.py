"""Figures of real notes read wrong on the real-text gold's holdout: a "分别" list's changes belong to the amounts of
the clauses before it, in order (the sales' rise is not the floor area's, though that is the nearer subject), and 方 after
万 or 亿 is a cubic metre."""

from __future__ import annotations

from summarizer import analyze


def _subjects(text: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in analyze(text).figures if f.kind == "figure"}


def test_each_change_takes_its_own_amounts_subject() -> None:
    found = _subjects("远航地产前三季度实现销售金额128.6亿元，新开工面积356万平方米，同比分别增长12.6%和51.3%，"
                      "销售均价为1.2万元/平方米。公司表示将继续深耕核心城市。")
    assert "销售金额" in found["12.6%"] and "新开工面积" not in found["12.6%"]
    assert "新开工面积" in found["51.3%"]


def test_a_list_that_names_its_own_subjects_is_left_alone() -> None:
    found = _subjects("公司营收100亿元，净利润10亿元，毛利率和净利率分别为30%和10%。")
    assert found["30%"] == "毛利率" and found["10%"] == "净利率"


def test_amounts_that_do_not_line_up_with_the_list_change_nothing() -> None:
    found = _subjects("公司营收100亿元，同比增长10%，净利润10亿元，分别占比35%和12%。")
    assert "营收" not in (found.get("35%") or "")


def test_fang_after_wan_or_yi_is_a_cubic_metre() -> None:
    """"820.7万方" of concrete was shown as "820.7万": the amount without what it counts."""
    shown = {f.text: f.unit for f in analyze("公司前三季度累计完成混凝土销量820.7万方，同比增长12.3%。天然气产量达到235亿方。").figures}
    assert shown.get("820.7万方") == "方" and shown.get("235亿方") == "方"
    words = {f.text for f in analyze("报名需缴纳5万方可参加，另有10万方便面被抽检。").figures}
    assert not any(text.endswith("方") for text in words)


def test_a_subject_that_names_nothing_is_dropped() -> None:
    """"公司拟对: 412人" (a clause cut after its coverb) and "反弹: 4.21万元/吨", "下降: 0.86至5.37次" (a bare move) name
    nothing; the line shows the figure's clause instead."""
    def subjects(text: str) -> dict[str, str | None]:
        return {f.text: f.subject for f in analyze(text).figures if f.kind == "figure"}

    assert subjects("2025年公司拟对412人实行限制性股票激励计划，占公司总股本的1.2%。")["412人"] is None
    prices = subjects("受需求回暖带动，工业级碳酸锂价格已从9月5日的3.86万元/吨反弹至12月1日的4.21万元/吨。")
    assert prices["4.21万元/吨"] is None and prices["3.86万元/吨"] == "工业级碳酸锂价格"
    # ("下降0.86至5.37次" is a change and the level it reached, two figures of the turnover, not a range.)
    turnover = subjects("而存货周转率同比下降0.86至5.37次，主要系备货增加。")
    assert turnover["0.86"] == turnover["5.37次"] == "存货周转率"
    assert subjects("今年电力供给120亿千瓦时，同比增长5%。")["120亿千瓦时"] == "电力供给"
    assert subjects("业务毛利率有所下降（和去年相比下降2.59个pct）。")["2.59个pct"] is None  # "相比" says against what


def test_a_list_shares_a_rate_and_a_second_run_names_its_own_metric() -> None:
    found = {f.text: f.subject for f in analyze(
        "2023届毕业的本科生、硕士研究生就业率分别为71.5%、83.2%，未就业率分别为28.5%、16.8%。").figures if f.kind == "figure"}
    assert found["71.5%"] == "本科生就业率" and found["83.2%"] == "硕士研究生就业率"
    assert found["28.5%"] == "本科生未就业率" and found["16.8%"] == "硕士研究生未就业率"
    sales = {f.text: f.subject for f in analyze(
        "公司风电、光伏、水电业务营收同比分别下滑12%/8%/5%至3.1/2.2/0.9亿元。").figures if f.kind == "figure"}
    assert sales["12%"] == "公司风电业务营收" and sales["0.9亿元"] == "水电业务营收"


def test_function_words_and_generic_nouns_are_no_subjects() -> None:
    found = {f.text: f.subject for f in analyze(
        "这与不少学校公布的基本都是95%以上乃至接近100%的情况相去甚远。届时星河产能将达到30万辆/年。").figures
        if f.kind == "figure"}
    assert found["95%以上"] is None and found["100%"] is None
    assert found["30万辆/年"] == "星河产能"


def test_doubling_by_a_multiple_is_a_rise() -> None:
    fig = next(f for f in analyze("近期光伏切割线企业的出货量普遍翻了1倍。").figures if f.text == "1倍")
    assert (fig.subject, fig.change) == ("光伏切割线企业的出货量", "up")


def test_a_long_clause_before_a_done_act_is_no_part_of_the_subject() -> None:
    found = {f.text: f.subject for f in analyze(
        "各街道社区负责人代表辖区内困难家庭集中领取了补贴标准为300元的节能家电购置卡2100张。").figures if f.kind == "figure"}
    assert found["300元"] == "补贴标准"


def test_a_count_of_firms_is_not_a_count_of_the_metric_after_it() -> None:
    found = {f.text: f.subject for f in analyze(
        "已有31家券商预告业绩，其中仅有6家净利润同比下降，也即是说超过80%的券商业绩同比增加。").figures if f.kind == "figure"}
    assert found["31家"] == "券商" and found["6家"] is None and found["80%"] is None


def test_a_year_between_the_amounts_and_the_list_names_no_subject() -> None:
    """"新华三营收81.95亿元，净利润4.95亿元，23年分别提升29.85%、40.53%": both rises were shown as 净利润's."""
    found = _subjects("参考去年数据，星河科技营收56.20亿元，净利润3.85亿元，24年分别提升18.35%、27.64%，增速较高。")
    assert found["18.35%"] == "星河科技营收" and found["27.64%"] == "净利润"
