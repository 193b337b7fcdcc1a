"""A saying in quotation marks that the next words refer to ("“…”，这句话今年已被市场说了不止一次") was said by no one
in the story: it is no quote, and never the previous speaker's."""
from __future__ import annotations

from summarizer import analyze

_TEXT = ("铜价连跌三周 冶炼厂减产\n"
         "北岭铜业总经理李明在会上表示，公司将减产一成。\n"
         "“铜价的底部就在眼前”，这句话今年已经被市场说了不止一次。\n"
         "“铜价的底部就在眼前，反弹指日可待”，这种说法今年并未应验。")


def test_a_saying_referred_to_is_no_quote() -> None:
    quotes = analyze(_TEXT).quotes
    assert any(q.speaker == "李明" for q in quotes)
    assert not any("底部" in q.text for q in quotes)
