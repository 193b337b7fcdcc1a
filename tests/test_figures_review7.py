"""Key figures from sentences a new reader would send: relative clauses, outlooks that name a
new measure, comparison bases, units and time words after a number. Each case either shows
the right subject, direction and period or shows none (a wrong one is worse than none).
The sentences are written here (fictional banks, companies and numbers).
"""

from __future__ import annotations

from functools import partial

import pytest

from summarizer.model import Figure
from tests.figure_helpers import figures as key_figures


figures = partial(key_figures, lang="en")


def one(sentence: str, text: str, lang: str = "en") -> Figure:
    found = [f for f in figures(sentence, lang=lang) if f.text == text]
    assert found, [f.text for f in figures(sentence, lang=lang)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # a new noun phrase with a relative clause after it takes the figure, not the one before
        ("Core prices rose 2.9% in May, while the services gauge, which policymakers track, climbed to 4.2%.",
         "4.2%", "Services gauge"),
        ("Revenue rose 5% to $3 billion, while its operating margin, which had been falling, widened to 12%.",
         "12%", "Operating margin"),
        # an outlook verb names what is forecast right before the rising or falling verb
        ("The agency trimmed its outlook for exports to 2.1% and now sees the jobless rate rising to 5.2%.",
         "5.2%", "jobless rate"),
        ("The lender expects its bad-loan ratio climbing to 1.9% next year.", "1.9%", "bad-loan ratio"),
        # the day says when; the price is what
        ("Kestrel will pay $40 a share, a 30% premium to Orla's closing price on Thursday of $30.77.",
         "$30.77", "Orla's closing price"),
        # a unit of measure after the number is no subject ("gigabytes: 512")
        ("The phone starts at $799 for 512 gigabytes of storage.", "512 gigabytes", "storage"),
    ],
)
def test_en_subjects(sentence: str, text: str, want: str) -> None:
    assert one(sentence, text).subject == want


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # a time or an adverb after the number is not what it measures
        ("The savings are worth $90 million a year starting in 2029.", "$90 million"),
        ("The jobless rate will reach 5.2% by 2028, up from 4.8% currently.", "4.8%"),
        # a figure in a relative clause does not lend its subject to the one after the clause closes
        ("The closures, which follow a 6% cut announced in May, will save $75 million a year.", "$75 million"),
    ],
)
def test_en_no_wrong_subject(sentence: str, text: str) -> None:
    subject = one(sentence, text).subject
    assert subject is None or subject.lower() not in ("starting", "currently", "cut announced", "cut")


def test_cut_forecast_for_growth_is_down() -> None:
    f = one("The ministry cut its forecast for industrial growth to 0.8% from 1.4%.", "0.8%")
    assert f.change == "down"
    assert one("The ministry raised its forecast for industrial growth to 1.8% from 1.4%.", "1.8%").change == "up"


def test_new_outlook_is_not_dated_by_the_first() -> None:
    f = one("The bank cut its forecast for growth next year to 1.2% and now sees the jobless rate rising to 5.5%"
            " by the end of 2028.", "5.5%")
    assert f.period != "next year"


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # the base of a comparison is dated by the period that heads it
        ("公司明年装机量有望达到30GW，较今年的约14GW翻一番。", "14GW", "今年"),
        ("公司营收达到20亿元，较去年的10亿元翻番。", "10亿元", "去年"),
    ],
)
def test_zh_base_period(sentence: str, text: str, want: str) -> None:
    assert one(sentence, text, lang="zh").period == want


@pytest.mark.parametrize(
    ("sentence", "text", "wrong"),
    [
        ("公司明年装机量有望达到30GW，较今年的约14GW翻一番。", "14GW", "翻一番"),
        ("公司今年研发投入约为9亿元，明年将压降至7亿元左右。", "7亿元左右", "将压"),
    ],
)
def test_zh_verb_is_no_subject(sentence: str, text: str, wrong: str) -> None:
    assert one(sentence, text, lang="zh").subject != wrong


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # 上年末 is one period: its 上 is no part of the subject, and the year-end is last year's
        ("集团净负债比率由上年末的28.5%上升至30.1%。", "28.5%", "上年末"),
        # a clause that names last year dates its own figure, not the year of the clause before
        ("全年派息每股0.66港元，上年为每股0.81港元。", "0.81港元", "上年"),
    ],
)
def test_zh_last_year_periods(sentence: str, text: str, want: str) -> None:
    f = one(sentence, text, lang="zh")
    assert f.period == want
    assert f.subject is None or not f.subject.endswith("由上")


@pytest.mark.parametrize(
    ("sentence", "text", "want", "lang"),
    [
        # a deal price per share is the price, not the buyer's per-share figure
        ("Marlow will pay $52 a share in cash, the companies said.", "$52", "price per share", "en"),
        # the old outlook is named as old, not shown as the outlook
        ("It now sees sales of $4.1 billion, down from its previous forecast of $4.4 billion.", "$4.4 billion",
         "previous forecast", "en"),
        # an ordinal before a product name is part of the name, not a time
        ("The tablet costs $899, compared with $1,099 for the first Vela at launch.", "$1,099",
         "first Vela at launch", "en"),
        # the move after a count of stocks names which stocks were counted; the market is only where
        ("全市场超过3600只个股下跌，仅约1200只个股上涨。", "3600只", "下跌个股", "zh"),
    ],
)
def test_named_amounts(sentence: str, text: str, want: str, lang: str) -> None:
    assert one(sentence, text, lang=lang).subject == want


def test_as_clause_with_a_relative_clause_names_its_own_measure() -> None:
    f = one("The bank raised its main rate by 25 basis points to 4.5%, as core inflation, which leaves out fuel,"
            " rose to 4.9% in May.", "4.9%")
    assert f.subject == "Core inflation"


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # a headline's two statements, separated by a space: the second's period is not the first's
        ("统计局：9月末外汇储备同比增长3.1% 前九个月出口增加5.6万亿元", "3.1%", "9月末"),
        ("专访云岭科技总裁：良率回升至91% 明年研发投入不低于20亿元", "91%", None),
    ],
)
def test_zh_headline_clauses_keep_their_periods(sentence: str, text: str, want: str | None) -> None:
    assert one(sentence, text, lang="zh").period == want


def test_less_added_than_a_year_earlier_is_down() -> None:
    assert one("前九个月住户贷款增加2.1万亿元，比上年同期少增0.9万亿元。", "0.9万亿元", lang="zh").change == "down"
    assert one("前九个月住户贷款增加2.1万亿元，同比多增0.9万亿元。", "0.9万亿元", lang="zh").change == "up"


def test_negative_written_as_a_word_keeps_its_sign_and_is_a_level() -> None:
    f = one("Operating margin was negative 4.1%, compared with positive 6.2% a year ago.", "negative 4.1%")
    assert f.value == -4.1
    assert f.change is None
    assert [g.text for g in figures("It forecast revenue of $3.1 billion, plus or minus $40 million.")] == ["$3.1 billion"]


def test_a_named_base_is_dated_after_it() -> None:
    found = figures("Marden reported a third-quarter net loss of $31 million, or 24 cents a share, versus a profit"
                    " of $58 million, or 45 cents, a year earlier.")
    assert [(f.text, f.period) for f in found if f.text in ("$58 million", "45 cents")] == [
        ("$58 million", "a year earlier"), ("45 cents", "a year earlier")]


def test_the_base_of_a_comparison_moved_nowhere() -> None:
    found = figures("明年研发投入将控制在25亿元以内，低于今年的31亿元。", lang="zh")
    assert [(f.text, f.change, f.period) for f in found if f.text == "31亿元"] == [("31亿元", None, "今年")]
    assert all(f.subject != "控制" for f in found)


def test_a_relative_clause_count_lends_no_subject_past_the_clause() -> None:
    found = figures("The company, which employs about 9,000 people, said it would cut spending this year to"
                    " $70 million from $95 million.")
    assert [f.subject for f in found if f.text in ("$70 million", "$95 million")] != ["people", "people"]
    assert all(f.subject != "people" for f in found if f.text != "9,000")


def test_a_bare_and_owns_no_held_figure() -> None:
    f = one("The bank said rates would peak near 4.5% next year and kept its inflation forecast for 2028 at 2.1%.",
            "2.1%")
    assert not (f.subject or "").lower().startswith("and")


def test_each_base_in_turn_gives_neither_figure_a_wrong_one() -> None:
    found = figures("9月末，M1余额同比增长2.4%，增速分别比上月末和上年同期低0.6个和1.9个百分点。", lang="zh")
    for f in found:
        if f.text.startswith(("0.6", "1.9")):
            assert (f.period, f.basis) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # a figure inside a relative clause belongs to the noun before the clause
        ("Fixed-line revenue fell 2% to €1.1 billion, while the number of fibre customers, which reached"
         " 3.2 million, grew 18%.", "3.2 million", "Number of fibre customers"),
        ("Fixed-line revenue fell 2% to €1.1 billion, while the number of fibre customers, which reached"
         " 3.2 million, grew 18%.", "18%", "Number of fibre customers"),
        # right before the aside only the last conjunct names it
        ("The group cut its outlook to $2 billion and said net debt, which stood at $4.4 billion in June,"
         " should fall below $4 billion by December.", "$4.4 billion", "Net debt"),
    ],
)
def test_relative_clause_figures_take_the_noun_before(sentence: str, text: str, want: str) -> None:
    assert one(sentence, text).subject == want


def test_a_narrowed_range_moved_nowhere() -> None:
    assert one("It narrowed its full-year sales guidance to $8.1 billion to $8.3 billion.",
               "$8.1 billion to $8.3 billion").change is None


def test_last_year_end_is_a_period() -> None:
    assert one("截至6月底，不良贷款比率为1.61%，去年底为1.52%。", "1.52%", lang="zh").period == "去年底"


def test_an_adverb_is_no_part_of_the_owner() -> None:
    f = one("The group also lowered its core profit forecast to between €2.1 billion and €2.3 billion.",
            "€2.1 billion and €2.3 billion")
    assert f.subject == "The group's core profit forecast"
