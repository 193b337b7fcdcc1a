"""What a reader saw asking about stories written for these tests (a solar maker's loss beside a rival's, a
bank's quarter with its finance chief's outlook). Each wrong answer is a class; texts are our own."""

from __future__ import annotations

from summarizer.answer import answer, parse_question
from tests.ask_helpers import library

SOLAR = (
    "远帆光伏前三季度亏损扩大",
    "10月30日晚间，远帆光伏披露三季报。",
    "公司前三季度实现营业收入212.6亿元，同比下降18.3%；",
    "归母净利润亏损13.4亿元，上年同期为盈利3.8亿元。",
    "同日，另一家组件龙头东屿新能披露三季报，前三季度营收约360亿元，同比下降12%，归母净利润亏损5.2亿元。",
)


def test_a_company_that_discloses_its_report_owns_the_figures_after_it() -> None:
    # 东屿新能 is no word to jieba; "另一家组件龙头东屿新能披露三季报，前三季度营收…" is its report, not the story's company's.
    for question in ("远帆光伏前三季度营收多少", "远帆光伏前三季度净利润是多少"):
        found = answer(question, library("solar", *SOLAR))
        assert not found.abstained
        assert "东屿新能" not in found.sentences[0].text, question
    found = answer("东屿新能前三季度营收多少", library("solar", *SOLAR))
    assert not found.abstained and "360亿元" in found.sentences[0].text


BANK = (
    "Kestrel Bank profit falls as provisions rise; lender trims margin outlook",
    "Kestrel Bank reported a 9% fall in third-quarter pretax profit on Tuesday.",
    "Pretax profit for the quarter was 1.42 billion pounds, below the 1.50 billion pounds analysts had expected.",
    "Chief Financial Officer Asha Rowe said the bank now expects its full-year net interest margin to be around "
    "2.95%, compared with a previous forecast of above 3.00%.",
)


def test_what_and_a_measure_noun_asks_a_figure_of_that_measure() -> None:
    question = parse_question("What margin does Kestrel expect for the full year?")
    assert question.kind == "number" and question.strict_number
    found = answer("What margin does Kestrel expect for the full year?", library("bank", *BANK))
    # The title's "margin outlook" makes no pretax profit line an answer; the bank's own outlook is.
    assert not found.abstained
    assert "2.95%" in found.sentences[0].text


def test_the_bank_is_the_storys_company_not_the_officer_who_speaks() -> None:
    found = answer("What net interest margin does Kestrel expect?", library("bank", *BANK))
    assert not found.abstained and "2.95%" in found.sentences[0].text


def test_a_measure_the_sentence_never_names_is_not_answered_from_the_title() -> None:
    lines = BANK[:3]  # no outlook line: only the title speaks of the margin
    assert answer("What margin does Kestrel expect for the full year?", library("bank", *lines)).abstained


def _figures(text: str) -> dict[str, tuple[str | None, str | None]]:
    from summarizer import analyze

    return {f.text: (f.subject, f.period) for f in analyze(text).figures if f.kind == "figure"}


def test_the_end_or_start_of_this_or_next_year_is_one_period() -> None:
    # "明年底" was read as 明年, and 底 opened the subject ("底国内储能电池的名义产能").
    figures = _figures("行业人士预计，到明年底国内储能电池的名义产能将超过900GWh。")
    assert figures["900GWh"] == ("国内储能电池的名义产能", "明年底")
    assert _figures("到今年底，公司门店数量将达到1500家。")["1500家"][1] == "今年底"


def test_now_in_its_own_clause_takes_no_period_from_the_clause_before() -> None:
    # "去年…15%左右的毛利，现在能做到8%": the 8% is now's, never last year's, and "现在能" names nothing.
    figures = _figures("一位经销商说，去年这款车还能有15%左右的毛利，现在能做到6%就算不错了。")
    assert figures["15%左右"][1] == "去年"
    assert figures["6%"] == (None, None)


def test_a_rivals_report_in_the_story_names_its_company_in_the_figures() -> None:
    from summarizer import analyze

    text = "\n".join(SOLAR[1:])
    subjects = {f.text: f.subject for f in analyze(text).figures if f.kind == "figure"}
    assert subjects["360亿元"].startswith("东屿新能")
    assert subjects["5.2亿元"].startswith("东屿新能")
    assert not subjects["212.6亿元"].startswith("东屿新能")


def test_a_cut_by_an_amount_is_down_however_long_its_object() -> None:
    from summarizer import analyze

    changes = {f.text: f.change for f in analyze(
        "Kestrel Motors cut the price of its best-selling compact sedan in Germany and France by 12% on Tuesday. "
        "Orion slashed its full-year forecast by 20%. The company trimmed its workforce by 5%.").figures}
    assert changes["12%"] == "down" and changes["20%"] == "down" and changes["5%"] == "down"


def test_an_average_change_keeps_its_words_and_its_subject() -> None:
    from summarizer import analyze

    figure = next(f for f in analyze("Volta said on Monday it would cut prices in Europe by an average of 8%.").figures
                  if f.text == "8%")
    assert figure.subject == "prices" and figure.change == "down" and figure.approx == "an average of"


def test_a_rivals_measure_told_by_its_possessive_alone_is_that_measure() -> None:
    from summarizer import analyze

    subjects = {f.text: f.subject for f in analyze(
        "Kestrel's gross margin fell to 14.8% in the third quarter, while Volta's held at 19.5%. "
        "Orion's revenue rose 5% to $90 billion, and Pell's stock fell 1%.").figures}
    assert subjects["19.5%"] == "Volta's gross margin"
    assert subjects["1%"] == "Pell's stock"  # a measure written after the possessive stays


def test_when_a_result_was_reported_is_not_its_period() -> None:
    from summarizer import analyze

    periods = {f.text: f.period for f in analyze(
        "Rival Holm Group reported a 4% rise in quarterly profit to 1.25 billion pounds last week. "
        "Store sales rose 6% last week.").figures}
    assert periods["1.25 billion pounds"] is None
    assert periods["6%"] == "last week"  # a weekly figure keeps its week
