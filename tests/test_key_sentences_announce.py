"""Key sentences: lines that announce what will be said, or record proceedings, without saying it.

"…就…发表评论。" records that someone commented; "今天小编就来教大家…" promises a how-to;
"…听取…工作介绍。" and "…察看…，了解…情况。" record the proceedings of a visit. What was said,
decided or advised follows; none of these lines states a fact a reader wants first.
Sample lines written for the test.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.roles import states_no_fact


@pytest.mark.parametrize("line", [
    "市长在新闻发布会上就今年的交通规划发表看法。",
    "该行行长在官网发表声明，就支付系统的未来发展发表评论。",
    "今天小编就来教大家怎样挑选一只好西瓜。",
    "下面我们来给大家说说春季养生的几个要点。",
    "省长首先听取了全省港口建设和航运发展等工作介绍。",
    "在调度中心，市长察看运行数据，向值班人员了解保障供水和防汛等情况。",
    # The reporter's own proceedings: what the people interviewed said follows.
    "为此，晚报记者采访了这位画家的学生。",
    "本报记者近日走访了城区多家菜市场。",
])
def test_an_announcement_states_no_fact(line: str) -> None:
    assert states_no_fact(line, "zh")


@pytest.mark.parametrize("line", [
    "市长就交通拥堵发表讲话，宣布明年起新增三条地铁线路。",
    "今天小编来教大家的方法，能让西瓜的保存时间延长到5天。",
    "行长表示，央行数字货币需要保障隐私，且难以用于非法目的。",
    "常务会议听取了暴雨灾害调查情况的汇报，并审议通过了灾害调查报告。",
    "两部门召开座谈会，听取有关工作情况汇报，研究资产管理公司如何聚焦主业。",
    "记者联系了这家公司，对方表示工厂将于下周复工。",
])
def test_what_was_said_is_a_fact(line: str) -> None:
    assert not states_no_fact(line, "zh")


HOW_TO = (
    "夏天到了，西瓜成了很多家庭的必备水果。\n\n"
    "今天小编就来教大家怎样挑选一只好西瓜。\n\n"
    "挑西瓜先看瓜蒂，瓜蒂弯曲、新鲜的西瓜成熟度较好。\n\n"
    "再听声音，用手拍打西瓜，声音清脆的多半是熟瓜，声音沉闷的可能熟过了头。\n\n"
    "最后看纹路，纹路清晰、间距较宽的西瓜通常更甜。\n\n"
    "买回家的西瓜切开后要用保鲜膜包好，放入冰箱冷藏，最好在一天内吃完。"
)


def test_a_how_to_shows_its_advice_not_its_promise() -> None:
    shown = [s.text for s in analyze(HOW_TO, max_sentences=3).sentences]
    assert not any("小编" in s for s in shown)


VISIT = (
    "省长12日在港口集团考察调研。\n\n"
    "省长首先听取了全省港口建设和航运发展等工作介绍。\n\n"
    "在调度中心，省长察看运行数据，向值班人员了解船舶进出港和安全生产等情况。\n\n"
    "省长指出，港口是对外开放的门户，要加快建设智慧港口，提升集装箱吞吐能力。\n\n"
    "省长强调，要守住安全生产底线，确保港口运行平稳有序。"
)


def test_a_visit_shows_what_was_said_not_the_proceedings() -> None:
    shown = [s.text for s in analyze(VISIT, max_sentences=3).sentences]
    assert not any("听取" in s or "察看" in s for s in shown)
    assert any("智慧港口" in s for s in shown)
