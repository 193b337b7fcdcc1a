"""How soon something happened is no part of what is measured: "上市首月即突破8000辆" names no subject of its
own (never "上市首月即"), and "该款手机开售当天即售出12万台" measures the phone's sales, not "该款手机开售当天即"
(summarizer.figure_subject_clean)."""

from __future__ import annotations

import pytest

from tests.figure_helpers import figures


def subjects(sentence: str) -> dict[str, str | None]:
    return {f.text: f.subject for f in figures(sentence)}


@pytest.mark.parametrize("sentence, text, subject", [
    ("该款手机开售当天即售出12万台。", "12万台", "该款手机销量"),
    ("云岭E3上市首月即交付8000辆。", "8000辆", "云岭E3交付量"),
    ("首日涨幅达45%。", "45%", "首日涨幅"),  # a first day's gain is the measure itself
    ("新款耳机开售当天就超过5万台。", "5万台", "新款耳机"),
])
def test_the_time_phrase_leaves_the_subject(sentence: str, text: str, subject: str) -> None:
    assert subjects(sentence)[text] == subject


@pytest.mark.parametrize("sentence, text", [
    ("纯电轿车云岭E3交付8,320辆，上市首月即突破8000辆。", "8000辆"),
    ("新款耳机销量领先，开售当天就超过5万台。", "5万台"),
])
def test_how_soon_alone_is_no_subject(sentence: str, text: str) -> None:
    shown = subjects(sentence)[text] or ""
    assert not any(word in shown for word in ("首月", "当天", "即", "就"))
