"""/ask on a Chinese sale: "X出售Y的交易对价" names the seller and the unit sold; the price answers it, a question
that buys where the text sells does not, and the unit's own profit never answers what the seller makes."""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

SALE = library(
    "sale", "岚桥实业拟出售岚桥冷链",
    "岚桥实业12月1日晚间公告，公司拟将全资子公司岚桥冷链100%股权出售给恒屿资本，交易对价为12.4亿元。",
    "岚桥冷链2024年实现营业收入6.1亿元，净利润0.52亿元。")


def test_the_price_of_a_sale_named_with_its_unit() -> None:
    assert "12.4亿元" in first(ask("岚桥实业出售岚桥冷链的交易对价是多少？", SALE))


def test_a_purchase_asked_is_not_answered_by_a_sale() -> None:
    assert ask("岚桥实业收购岚桥冷链花了多少钱？", SALE).abstained


def test_what_the_seller_makes_is_not_the_units_profit() -> None:
    found = ask("岚桥实业出售岚桥冷链能赚多少钱？", SALE)
    assert found.abstained or "0.52亿元" not in found.sentences[0].text
