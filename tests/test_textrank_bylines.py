"""A reporter named in the byline or dateline is no keyword of the article (sample texts written here)."""

from __future__ import annotations

from summarizer import analyze
from summarizer.bylines import byline_names

_ZH = ("本报讯（记者 王明）近日，星河电池公布三季度业绩。星河电池营收同比增长20%，储能电池出货量创新高。"
       "星河电池表示，储能电池订单充足，海外储能市场需求旺盛。王明注意到，星河电池的储能电池毛利率继续提升。"
       "记者 王明")
_EN = ("By Jane Roe\n\nHarbor Logistics said on Tuesday its freight volumes rose sharply. Harbor Logistics "
       "expects freight volumes to keep rising as ports reopen. Jane Roe asked Harbor Logistics about ports. "
       "Roe wrote that ports matter.\n\nReporting by Jane Roe; Editing by Ann Poe")


def test_byline_names_are_read_from_datelines_and_credit_lines() -> None:
    assert byline_names(["本报讯（记者 王明、李华）近日，星河电池公布业绩。"], "zh") == {"王明", "李华"}
    assert byline_names(["记者：赵小川 钱多"], "zh") == {"赵小川", "钱多"}
    assert byline_names(["北京商报讯（记者岳品瑜董晗萱）5月20日，央行公布贷款市场报价利率。"], "zh") == {"岳品瑜董晗萱"}
    assert byline_names(["星河电池董事长在发布会上讲话。新华社记者李梦馨摄"], "zh") == {"李梦馨"}
    assert byline_names(["By Jane Roe", "Reporting by Li Wei in Shanghai; Editing by Ann Poe"], "en") \
        == {"jane", "roe", "li", "wei", "ann", "poe"}


def test_no_byline_no_names() -> None:
    # A sentence opening with "By" is not a byline; a reporter quoted in the story is not one either.
    assert byline_names(["By Tuesday, Harbor Logistics had hired 300 drivers."], "en") == frozenset()
    assert byline_names(["星河电池董事长王明表示，订单充足。", "记者从星河电池获悉，订单充足。",
                         "他接受记者采访时拍摄"], "zh") == frozenset()


def test_the_reporter_is_no_keyword() -> None:
    zh = [k.word for k in analyze(_ZH).keywords]
    assert "星河电池" in zh and not any("王" in w or "明" == w for w in zh), zh
    en = [k.word.lower() for k in analyze(_EN).keywords]
    assert any("harbor" in w for w in en) and not any(n in w for w in en for n in ("jane", "roe", "poe")), en

