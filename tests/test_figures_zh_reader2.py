"""Chinese figures read as a finance reader would, second round (seeded brokerage notes, seeds 880101+),
on sentences written here:

- a list of metrics ("收入/扣非净利润") is not a segment list sharing the last item's metric: the first
  item is not run together with the last ("收入净利润"), and a measure of them all (CAGR, 增速) is shared;
- a run of changes after such a list goes item by item through it, not under the list run together.
"""

from __future__ import annotations

from summarizer.figures import extract_figures
from summarizer.model import Figure


def by_text(sentence: str) -> dict[str, Figure]:
    found = extract_figures((sentence,), lang="zh", key_indices=frozenset())
    return {f.text: f for f in found if f.kind == "figure"}


def test_list_of_metrics_keeps_each_metric() -> None:
    found = by_text("2023H1公司实现收入/扣非净利润88.20/9.40亿元，同比增长12.10%/30.50%。")
    assert found["88.20"].subject == "收入"
    assert found["9.40亿元"].subject == "扣非净利润"
    assert found["12.10%"].subject == "收入"
    assert found["30.50%"].subject == "扣非净利润"


def test_list_of_metrics_shares_only_the_measure() -> None:
    found = by_text("16-21年公司营收/归母净利润CAGR分别为35%/42%。")
    assert found["35%"].subject == "公司营收CAGR"
    assert found["42%"].subject == "归母净利润CAGR"


def test_segment_list_still_shares_the_metric() -> None:
    found = by_text("2022年空调、冰箱业务收入分别为120亿元、80亿元。")
    assert found["120亿元"].subject == "空调业务收入"
    assert found["80亿元"].subject == "冰箱业务收入"


def test_list_of_brands_run_together_is_no_subject() -> None:
    # Not handed out (one item is Latin), so no figure is named by the four brands run together.
    found = by_text("9月长安/UNI/深蓝/阿维塔分别销售12.1/1.2/0.9/0.4万辆。")
    assert all(f.subject != "长安UNI深蓝阿维塔" for f in found.values())
    assert {f.subject for f in found.values()} == {None}


def test_one_figure_after_a_list_of_three_is_not_theirs() -> None:
    found = by_text("三季度销售/管理/研发费用率分别环比上升0.21pct、0.35pct、0.12pct，其中财务费用率增长较大，达到2.64%。")
    assert "2.64%" not in found or found["2.64%"].subject != "销售管理研发费用率"


def test_quarter_list_keeps_its_metric() -> None:
    found = by_text("2022年公司Q1/Q2/Q3/Q4收入增速分别达到21.3%/25.9%/18.7%/30.1%。")
    assert found["21.3%"].subject == "公司收入增速"


def test_changes_after_a_list_sharing_its_metric() -> None:
    found = by_text("23年Q2华东/华南营收分别为7.3/2.9亿元，同比增长18%和26%。")
    assert found["18%"].subject == "华东营收"
    assert found["26%"].subject == "华南营收"


def test_changes_after_a_list_with_about() -> None:
    found = by_text("2023Q3实现收入/扣非净利润约12.45/1.06亿元，同比+15.2%/+8.7%。")
    assert found["15.2%"].subject == "收入"
    assert found["8.7%"].subject == "扣非净利润"


def test_connective_or_ground_opening_the_clause_is_not_the_subject() -> None:
    assert by_text("结合公司报告期末存货9.12亿元，同比增长41.30%。")["9.12亿元"].subject == "公司存货"
    assert by_text("根据我们测算单瓦盈利为0.05-0.06元/W。")["0.05-0.06元/W"].subject == "单瓦盈利"
    assert by_text("根据公告信息测算公司未来年产能将达到450万吨。")["450万吨"].subject == "公司未来年产能"
    found = by_text("2021年公司消费电子收入占比下降3.1ppts，而运算电子收入占比增长2.6ppts。")
    assert found["2.6ppts"].subject == "运算电子收入占比"


def test_time_word_left_alone_is_no_subject() -> None:
    found = by_text("年初至今分别变动-5%/-3%。")
    assert {f.subject for f in found.values()} == {None}


def test_this_time_alone_is_no_subject() -> None:
    found = by_text("公司此次提高回购价上限，从80元/股至110元/股，增幅达37.5%。")
    assert found["37.5%"].subject != "公司此次"
