"""/ask on questions that narrow what they ask: a part of the company named before the measure,
"this year" against a figure of last year, a rival named at the head of an English sentence, and a
Chinese subject the question parser does not know, named before the period. Our own sentences
through the real answer code."""

from __future__ import annotations

from summarizer.answer.qualifiers import leading_subject, modifiers
from tests.ask_helpers import ask, first, library

RESULTS = library("kv", "Kestrel Devices lifts annual outlook",
                  "Kestrel Devices on Thursday reported second-quarter revenue of $1.37 billion, up 11% from a year "
                  "earlier.",
                  "Bookings in the industrial automation unit rose 9% to $402 million, while revenue in the medical "
                  "imaging unit grew 17% to $288 million.")
DEAL = library("oc", "Orwell Foods to buy Brindle Snacks for $900 million",
               "Orwell Foods agreed to acquire Brindle Snacks for $900 million in cash, the companies said.",
               "Brindle, based in Denver, had sales of $610 million last year.",
               "Orwell expects the deal to close in the first quarter.",
               "The purchase will be funded with cash and new borrowing.",
               "Lenders to Orwell include three regional banks; Brindle was advised by a boutique bank.",
               "Brindle shares surged 31% in early trading.")
FLASH = library("bat", "9月储能电池出货量公布",
                "行业协会10月12日发布数据，9月我国储能电池出货量为21.6GWh，同比增长55.2%。",
                "分企业看，海岳储能出货量为6.2GWh，同比增长40.3%；",
                "青石能源出货量为3.4GWh，同比增长72.8%。",
                "1-9月，我国储能电池累计出货量为163.5GWh。")


def test_a_part_named_before_the_measure_must_be_in_the_answer() -> None:
    # The unit's bookings are not its revenue, and the company's revenue is not the unit's.
    assert ask("What was Kestrel's industrial automation revenue?", RESULTS).abstained
    assert "$288 million" in first(ask("What was Kestrel's medical imaging revenue?", RESULTS))
    assert "$1.37 billion" in first(ask("What was Kestrel's second-quarter revenue?", RESULTS))


def test_the_words_that_narrow_nothing_are_left_out() -> None:
    assert modifiers("what was kestrel's industrial automation revenue?", 41) == ["industrial", "automation"]
    assert modifiers("what was kestrel's second-quarter revenue?", 34) == []
    assert modifiers("what was kestrel's total revenue?", 25) == []


def test_this_year_is_not_answered_by_last_year() -> None:
    assert ask("What were Brindle's sales this year?", DEAL).abstained
    assert "$610 million" in first(ask("What were Brindle's sales last year?", DEAL))


def test_a_rival_opening_a_late_sentence_owns_its_number() -> None:
    # Written mid-sentence earlier ("; Brindle was advised…"), the opening word is a name, not the buyer's.
    assert ask("How much did Orwell shares rise?", DEAL).abstained
    assert "31%" in first(ask("How much did Brindle shares rise?", DEAL))


def test_a_subject_named_before_the_period_must_be_the_answers() -> None:
    assert leading_subject("青石能源1-9月累计出货量是多少?") == "青石能源"
    assert leading_subject("多少家企业9月出货量增长?") is None
    # The country's cumulative total is not 青石能源's.
    assert ask("青石能源1-9月累计出货量是多少？", FLASH).abstained
    assert "6.2GWh" in first(ask("海岳储能9月出货量是多少？", FLASH))
    assert "163.5GWh" in first(ask("1-9月储能电池累计出货量是多少？", FLASH))


EARNINGS = library("ml", "Marlow Systems profit rises",
                   "Marlow Systems said quarterly net income rose to $96 million, or $0.74 per diluted share.",
                   "Adjusted earnings were $0.88 per share.",
                   "The board declared a dividend of $0.20 per share.")


def test_an_amount_per_share_after_an_earnings_word_is_earnings_per_share() -> None:
    assert "$0.88" in first(ask("What were Marlow's adjusted earnings per share?", EARNINGS))
    assert "$0.74" in first(ask("What were Marlow's earnings per share?", EARNINGS))
    # A dividend per share is not earnings.
    assert "$0.20" not in first(ask("What were Marlow's earnings per share?", EARNINGS))


OUTLOOK = library("rb", "Reserve Bank of Tallis trims growth outlook",
                  "The Reserve Bank of Tallis held its policy rate at 3.5% on Tuesday.",
                  "The Reserve Bank of Tallis now sees the economy expanding 0.9% in 2027, down from the 1.4% it "
                  "projected in April, and expects inflation to average 2.3% next year.")


def test_a_period_right_after_an_english_number_dates_it() -> None:
    # "expanding 0.9% in 2027" is the 2027 growth; April dates the older 1.4% only.
    assert "0.9%" in first(ask("How fast does the Reserve Bank of Tallis expect the economy to grow in 2027?",
                                OUTLOOK))
    assert ask("How fast does the Reserve Bank of Tallis expect the economy to grow in 2029?", OUTLOOK).abstained


PROFIT = library("fd", "Fenwick Dairy profit climbs",
                 "Fenwick Dairy said quarterly net income rose 23% to $58 million from $47 million a year earlier.",
                 "Operating margin widened to 12.4% from 11.1%.")


def test_a_year_earlier_asks_the_earlier_level() -> None:
    found = ask("What was Fenwick Dairy's net income a year earlier?", PROFIT)
    sentence = found.sentences[0]
    assert not found.abstained and sentence.highlight is not None
    assert sentence.text[sentence.highlight[0]:sentence.highlight[1]] == "$47 million"
    # "from 11.1%" does not say it was a year earlier.
    assert ask("What was Fenwick Dairy's operating margin a year earlier?", PROFIT).abstained
    # A change against a year earlier is still a change.
    assert "23%" in first(ask("How much did Fenwick Dairy's net income rise from a year earlier?", PROFIT))


def test_a_share_asked_is_answered_by_the_rate_not_the_amount_beside_it() -> None:
    for question in ("海岳储能市场份额是多少？", "海岳储能市场占有率是多少？"):
        found = ask(question, library("share", "9月储能电池出货量公布",
                                      "分企业看，海岳储能9月出货量为6.2GWh，市场份额为28.7%；"))
        sentence = found.sentences[0]
        assert not found.abstained and sentence.highlight is not None
        assert sentence.text[sentence.highlight[0]:sentence.highlight[1]] == "28.7%"


def test_a_country_total_does_not_answer_for_a_maker_it_never_names() -> None:
    flash = library("cells", "9月储能电池出货量公布",
                    "行业协会10月12日发布数据，9月我国储能电池出货量为21.6GWh，同比增长55.2%。",
                    "分企业看，华创新能出货量为2.1GWh，市场份额为9.7%；",
                    "澜沧动力出货量为1.7GWh，同比下降6.1%。")
    # The maker's growth is not stated: the country's 55.2% is not its.
    assert ask("华创新能出货量同比增长多少？", flash).abstained
    assert "55.2%" in first(ask("储能电池出货量同比增长多少？", flash))


def test_an_english_period_after_a_number_is_its_own_in_a_comparison() -> None:
    prices = library("cpi", "Tallis inflation slows",
                     "Inflation in Tallis slowed to 2.2% in May from 2.9% in April, the statistics office said.")
    for question, figure in (("What was Tallis's inflation in April?", "2.9%"),
                             ("What was Tallis's inflation in May?", "2.2%")):
        sentence = ask(question, prices).sentences[0]
        assert sentence.highlight is not None
        assert sentence.text[sentence.highlight[0]:sentence.highlight[1]] == figure


def _shown(question: str, *libraries: list) -> str | None:
    sentence = ask(question, *libraries).sentences[0]
    return sentence.text[sentence.highlight[0]:sentence.highlight[1]] if sentence.highlight else None


def test_the_number_of_what_is_counted_or_priced_per_share_is_the_one_shown() -> None:
    plan = library("rs", "Redfern Stores to shut 22 outlets",
                   "Redfern Stores said it will cut about 1,300 jobs and close 22 outlets as part of a $90 million plan.",
                   "Redfern agreed to buy Tolland Home for $640 million, or $31 a share.")
    assert _shown("How many outlets will Redfern close?", plan) == "22"
    assert _shown("How much is Redfern paying per Tolland share?", plan) == "$31"


def test_a_measure_named_in_its_own_words_is_named_in_the_numbers_clause() -> None:
    prices = library("cpi2", "Tallis prices",
                     "Inflation in Tallis slowed to 2.2% in May, while the jobless rate rose to 6.4% in May.")
    assert _shown("What was Tallis's inflation in May?", prices) == "2.2%"


def test_a_place_after_outside_owns_no_number() -> None:
    hub = library("hub", "Corliss Bio picks Denver for research hub",
                  "Corliss Bio said it will open a $250 million lab in Denver, its first outside Texas, creating "
                  "about 420 jobs by 2028.")
    assert _shown("How many jobs will Corliss Bio's Denver lab create?", hub) == "420"
