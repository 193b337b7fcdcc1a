"""English key sentences: numbers that name things, and quotes that colour the story.

Each test is a class of English text, written for the test: a press release about a drug
whose code carries a number (a code is no figure, and two lines naming it are not the same
fact), and a wire story whose quote lines compete with its facts.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.roles import figure_count, news_value, numbers, states_no_fact
from summarizer.roles_en import (
    SCENE_LINES,
    opening_scene,
    opens_on_scene,
    opens_with_quote,
    without_name_numbers,
    without_spans,
)

RELEASE = (
    "OSLO, March 3, 2026 (GLOBE NEWSWIRE) -- Fjordline Bio ASA (Oslo: FJB), a clinical-stage company, "
    "today announced topline results from its Phase 2 trial of FJ-117 in adults with chronic hives.\n"
    "The trial met its main goal: patients given FJ-117 had itch scores 41% lower than those given "
    "placebo after twelve weeks.\n"
    "FJ-117 was well tolerated, and side effects were mild and similar in both groups.\n"
    "\"We are encouraged by what FJ-117 did for these patients,\" said Dr. Ingrid Dahl, head of research.\n"
    "Fjordline held cash of $240 million at the end of the year, enough to fund operations into 2028.\n"
    "About FJ-117\n"
    "FJ-117 is an investigational antibody that blocks a signal in the skin.\n"
)


class TestNumbersThatNameThings:
    @pytest.mark.parametrize("text", [
        "FJ-117 was well tolerated by patients.",
        "The company will start a Phase 3 study.",
        "Airlines grounded their Boeing 737 jets.",
        "The S&P 500 closed higher on Friday.",
        "The A320 and the F-35 were shown at the air show.",
    ])
    def test_a_name_with_a_number_states_no_figure(self, text: str) -> None:
        assert figure_count(text) == 0
        assert numbers(text) == frozenset()

    @pytest.mark.parametrize("text, count", [
        ("About 200 staff will lose their jobs.", 1),
        ("Nearly 300 school districts closed.", 1),
        ("The S&P 500 rose 1.2% to 5,104 points.", 2),
        ("Revenue of $212.4 million, up 27% year over year.", 2),
        ("Only 22,000 jobs were added.", 1),
    ])
    def test_quantities_stay_figures(self, text: str, count: int) -> None:
        assert figure_count(text) == count

    def test_chinese_lines_are_left_alone(self) -> None:
        text = "英伟达H20芯片出货量增长30%。"
        assert without_name_numbers(text) == text

    def test_two_lines_naming_the_drug_are_not_the_same_fact(self) -> None:
        a = "Patients given FJ-117 had itch scores 41% lower than those given placebo."
        b = "FJ-117 was well tolerated, and side effects were mild."
        assert not numbers(a) & numbers(b)

    def test_a_release_announcing_results_of_a_numbered_phase_states_no_fact(self) -> None:
        line = ("Fjordline Bio ASA today announced topline results from its Phase 2 trial of FJ-117 "
                "in adults with chronic hives.")
        assert states_no_fact(line, "en")

    def test_the_release_shows_what_the_trial_found(self) -> None:
        shown = " ".join(s.text for s in analyze(RELEASE, max_sentences=3).sentences)
        assert "41% lower" in shown
        assert "well tolerated" in shown  # names FJ-117 too: not the same fact again
        assert "announced topline results" not in shown


WIRE = (
    "LONDON, May 4 (Reuters) - Harbour Water will raise household bills by 9% from July, the "
    "regulator said on Monday, the largest increase in a decade.\n"
    "\"Customers will be angry, and they have every right to be,\" said Tom Hale, who chairs a "
    "consumer group that follows the water companies in the region.\n"
    "The company said it needed the money to replace 800 km of leaking pipes by 2030.\n"
    "\"This is a sad day for every family that pays a water bill in this town,\" Hale said.\n"
    "Harbour Water also said it would cut its dividend by half for the next two years.\n"
    "The regulator fined the company 12 million pounds last year for sewage spills.\n"
)


class TestQuotesColourTheStory:
    @pytest.mark.parametrize("text, expected", [
        ("“We can't cut rates too quickly,” he said.", True),
        ("\"Customers will be angry,\" said Tom Hale.", True),
        ("Hale said the increase was “a sad day” for families.", False),
        ("The bank cut rates to 4.25% on Thursday.", False),
        ("“我们不会降价。”他说。", False),
    ])
    def test_a_line_opening_with_a_quotation(self, text: str, expected: bool) -> None:
        assert opens_with_quote(text) is expected

    def test_a_quote_counts_less_than_the_same_words_reported(self) -> None:
        quoted = "\"The company will replace the leaking pipes this year,\" he said."
        reported = "He said the company will replace the leaking pipes this year."
        assert news_value(quoted, "en") < news_value(reported, "en")

    def test_the_facts_come_before_the_reactions(self) -> None:
        shown = [s.text for s in analyze(WIRE, max_sentences=3).sentences]
        assert not any(opens_with_quote(line) for line in shown)
        assert any("9% from July" in line for line in shown)


FEATURE = (
    "When the ferry from Skarvik docked on a foggy Thursday evening, Ingrid Holm carried her "
    "bicycle down the ramp and rode home along the harbour.\n\n"
    "She has made the crossing twice a day for eleven years, and she knows most of the crew by name.\n\n"
    "\"The boat is my office, my cafe and my waiting room,\" she said.\n\n"
    "The route is one of 14 ferry lines in western Norway that the county will hand to electric boats "
    "by 2027, cutting the region's ferry emissions by about 60%.\n\n"
    "The county council approved the 2.1 billion crown contract for the new boats on Monday.\n\n"
    "Crew unions say the electric boats carry fewer passengers and worry that crossings will be "
    "cancelled in winter storms.\n\n"
    "Ferry operators have until next spring to submit their timetables."
)


class TestAFeatureOpensOnAScene:
    @pytest.mark.parametrize("text, expected", [
        ("When the lights came on in the village last March, a tailor stayed up until midnight.", True),
        ("On a grey morning at the market, a fishmonger stacked crates of cod.", True),
        ("It was just after dawn, and the harbour was still dark.", True),
        ("When markets opened on Monday, shares of the bank fell 12%.", True),  # a scene, but see below
        ("The bank cut interest rates to 4.25% on Thursday.", False),
        ("After debuting a new hatchback two months ago, the carmaker unveiled its new sedan.", False),
        # At an hour of the day, and after a wire dateline all the same.
        ("Just after dawn, a line of lorries stretched along the dock road.", True),
        ("Shortly before midnight, the last tram pulled out of the depot.", True),
        ("At first light, fishermen hauled their boats up the shingle.", True),
        ("OSLO (Newswire) — Just after dawn, a line of lorries stretched along the dock road.", True),
        ("After the vote, the board named a new chief executive.", False),
        # A feature's return to its scene at the end.
        ("Back on the dock, the foreman counts the lorries that did not leave.", True),
        ("Back pay of $4 million was ordered for the workers.", False),
        # A habit, and a vantage point: a person in a place all the same.
        ("Every evening for 31 years, ferryman Tomas Ekdahl has steered the last boat across the fjord.", True),
        ("From the window of her 40-year-old bakery, Ana Ruiz has watched the street empty out.", True),
        ("Every quarter, the bank publishes its loan book.", False),  # no scene: no time of day
        ("From the start of next year, the tax rises to 21%.", False),
    ])
    def test_a_line_that_opens_on_a_scene(self, text: str, expected: bool) -> None:
        assert opens_on_scene(text) is expected

    def test_news_told_at_a_moment_is_still_news(self) -> None:
        assert not states_no_fact("When markets opened on Monday, shares of the bank fell 12%.", "en")
        assert states_no_fact("On a grey morning at the market, a fishmonger stacked crates of cod.", "en")

    def test_the_opening_scene_runs_a_few_lines(self) -> None:
        texts = ["When the ferry docked, a woman rode home.", "She has made the crossing for years.",
                 "\"The boat is my office,\" she said.", "The route is one of 14 lines going electric.",
                 "The council approved the contract."]
        shown = [True] * len(texts)
        no_fact = [states_no_fact(t, "en") for t in texts]
        assert opening_scene(texts, shown, no_fact) == list(range(SCENE_LINES))
        assert SCENE_LINES < 4  # the nut graf after the scene stays a candidate
        hard_news = ["The council approved a 2.1 billion crown contract on Monday."] + texts[1:]
        assert opening_scene(hard_news, shown, [states_no_fact(t, "en") for t in hard_news]) == []

    def test_a_wire_storys_scene_ends_at_its_news(self) -> None:
        texts = ["OSLO, May 4 (Newswire) - On a cold evening at a harbour bar, most glasses held soda water.",
                 "That shift now shows in the books of the country's biggest brewer.",
                 "Nordhavn Brewing cut its profit forecast on Tuesday, sending its shares down 7%.",
                 "Beer volumes fell 4% in the quarter."]
        shown = [True] * len(texts)
        no_fact = [states_no_fact(t, "en") for t in texts]
        figured = [False, False, True, True]
        assert opening_scene(texts, shown, no_fact, figured) == [0, 1]  # the forecast cut is the news
        # A feature's own scene keeps its lines, a figure in them or not.
        feature = [texts[0].split(" - ", 1)[1]] + texts[1:]
        assert opening_scene(feature, shown, [states_no_fact(t, "en") for t in feature], figured) == [0, 1, 2]

    def test_a_scenes_ages_and_durations_are_no_news(self) -> None:
        # "for 31 years" is how long the ferryman has steered, not a figure of the news: the scene
        # gave way only when it stated no figure, and it took the place of the decision.
        text = ("Every evening for 31 years, ferryman Tomas Ekdahl has steered the last boat of the day across the "
                "fjord to the island of Holmvik.\n"
                "He knows most of the passengers by name.\n"
                "From next spring, he will have none to carry.\n"
                "The regional transport authority said on Tuesday it would end the Holmvik ferry service in April "
                "and replace it with a bus over a new bridge.\n"
                "The bridge, which cost 840 million crowns, cuts the trip to the mainland to 12 minutes from 45.\n"
                "Island residents say the bus will run only six times a day, against the ferry's 14 crossings.\n"
                "The authority said the ferry lost about 22 million crowns last year.")
        shown = [s.text for s in analyze(text, title="A fjord ferry makes way for a bridge", max_sentences=3).sentences]
        assert not any(line.startswith("Every evening") for line in shown)
        assert any("would end the Holmvik ferry service" in line for line in shown)
        # Only ages and durations are blanked: a scene with a figure of the news keeps it.
        assert not figure_count(without_spans("Every evening for 31 years, the 106-year-old ferry has sailed."))
        assert figure_count(without_spans("Every evening, the ferry's 14 crossings carry about 900 passengers.")) == 2

    def test_the_feature_shows_its_point_not_its_scene(self) -> None:
        shown = [s.text for s in analyze(FEATURE, title="Western Norway's ferries go electric", max_sentences=3).sentences]
        assert any("one of 14 ferry lines" in line for line in shown)
        assert not any(line.startswith(("When the ferry", "She has made")) for line in shown)


@pytest.mark.parametrize("text", [
    "“Simplifying” was the word the company used for the job cuts.",
    "'90s nostalgia drove the company's sales up 12%.",
])
def test_a_quoted_word_or_an_elided_year_is_no_quotation(text: str) -> None:
    assert not opens_with_quote(text)


@pytest.mark.parametrize("text", [
    "Core inflation eased to 2.7% from 2.9%.",
    "Wage growth slowed to 3.4% in the three months to June.",
    "The net interest margin widened 9 basis points to 3.21%.",
    "The trade deficit narrowed to $41 billion in May.",
    "Exports shrank 4% to $12 billion in April.",
    "The yen weakened 0.5% to 156.80 per dollar.",
])
def test_a_change_told_with_a_less_common_verb_is_a_result(text: str) -> None:
    """A result is stated with many verbs: "eased", "slowed", "widened" state a change with its
    figure as "rose" does, and weigh the same."""
    assert news_value(text, "en") == news_value("Core inflation rose to 2.7% from 2.5%.", "en")


def test_a_price_report_shows_its_core_measures() -> None:
    text = ("Consumer price inflation in Norland slowed to 3.1% in March from 3.5% in February, "
            "the statistics office said on Wednesday.\n"
            "Core inflation, which strips out food and energy, eased to 2.8% from 3.2%.\n"
            "Services inflation slowed to 4.0% from 4.4%.\n"
            "Energy prices fell 6.2% from a year earlier, while food prices rose 2.9%.\n"
            "In the capital region, prices rose 3.3%, while in the north they rose 2.7%.\n"
            "The central bank meets next on April 24.")
    shown = " ".join(s.text for s in analyze(text, max_sentences=3).sentences)
    assert "Core inflation" in shown


ADVICE_COLUMN = (
    "DEAR ABBY: My brother borrowed $3,000 from me two years ago to fix his truck.\n"
    "He promised to pay me back within six months.\n"
    "Since then he has bought a boat and taken his family to Florida twice.\n"
    "Whenever I mention the loan, he changes the subject.\n"
    "Should I keep waiting?\n"
    "-- SHORT-CHANGED IN OHIO\n"
    "DEAR SHORT-CHANGED: Stop waiting and ask him for a repayment plan in writing.\n"
    "A man who can afford a boat can afford a monthly payment.\n"
    "DEAR ABBY: My neighbor lets her dog into my garden every morning, and it has dug up my roses.\n"
    "I have asked her nicely three times, but nothing changes.\n"
    "-- THORNY IN TUCSON\n"
    "DEAR THORNY: Put your request in a letter, and if the damage continues, call animal control.\n"
    "Dear Abby is written by Abigail Van Buren.")


def test_an_advice_columns_letters_weigh_less_than_its_answers() -> None:
    from summarizer.roles_en import LETTER_FACTOR, letter_weights

    weights = letter_weights(ADVICE_COLUMN.split("\n"), "en")
    assert list(weights[:6]) == [LETTER_FACTOR] * 6  # the first letter, signature included
    assert weights[6] == 1.0 and weights[7] == 1.0  # the answer
    assert list(weights[8:11]) == [LETTER_FACTOR] * 3 and weights[11] == 1.0
    # a single salutation is a letter published alone, not a column: left as it is
    assert set(letter_weights(ADVICE_COLUMN.split("\n")[:6], "en")) == {1.0}


def test_an_advice_column_shows_its_answers() -> None:
    shown = " ".join(s.text for s in analyze(ADVICE_COLUMN, max_sentences=3).sentences)
    assert "Stop waiting" in shown
    assert "call animal control" in shown
    assert "DEAR ABBY" not in shown


@pytest.mark.parametrize("text, expected", [
    ("Harlow, which posted revenue of $8 billion last year, said it would contest the ruling.",
     "Harlow said it would contest the ruling."),
    ("Veloria, a country of about 6 million people, was ruled for decades by one party.",
     "Veloria was ruled for decades by one party."),
    ("Its cloud unit, which makes up a third of sales, grew 41% to $1.9 billion.",
     "Its cloud unit grew 41% to $1.9 billion."),
    ("Revenue rose 5% to $3.2 billion.", "Revenue rose 5% to $3.2 billion."),
])
def test_the_clauses_that_describe_a_name(text: str, expected: str) -> None:
    from summarizer.roles_en import without_asides

    assert without_asides(text) == expected


def test_a_figure_that_describes_a_name_states_no_result() -> None:
    """"Harlow, which posted revenue of $8 billion last year, said …": the figure is who Harlow is;
    the line's own statement has none, and weighs as such."""
    described = "Harlow, which posted revenue of $8 billion last year, said it had set aside money for the fine."
    assert news_value(described, "en") == news_value("Harlow said it had set aside money for the fine.", "en")
    assert news_value("Its cloud unit, which makes up a third of sales, grew 41% to $1.9 billion.", "en") == \
        news_value("Its cloud unit grew 41% to $1.9 billion.", "en")


def test_a_penalty_story_shows_what_the_company_did_not_who_it_is() -> None:
    text = ("BRUSSELS, March 4 (Newswire) - The European Commission fined Danish shipping group Harlow "
            "640 million euros on Tuesday for fixing container rates with two rivals.\n"
            "The Commission said Harlow and two rivals coordinated surcharges on routes between Asia and Europe "
            "from 2017 to 2021, pushing up costs for importers.\n"
            "\"Cartels hurt every consumer who buys imported goods,\" competition chief Anna Berg told reporters.\n"
            "Harlow must end the practice within 60 days.\n"
            "Harlow said it would appeal the decision.\n"
            "Harlow, which posted revenue of 41 billion euros last year, said it had set aside money for the fine.\n"
            "The investigation began after a tip from a freight forwarder.")
    shown = " ".join(s.text for s in analyze(text, max_sentences=3).sentences)
    assert "coordinated surcharges" in shown
    assert "posted revenue" not in shown


@pytest.mark.parametrize("text, expected", [
    ("The deal gives Norvik 4 gigawatts of projects, taking its total pipeline to 9 gigawatts.", True),
    ("Crews had restored power to about 18,000 homes by the evening.", True),
    ("The group said it would raise output by 120,000 barrels a day from May.", True),
    ("She took office in 2019 after a close election.", False),  # a year, no level
    ("He added that the plan would take time.", False),
    ("Analysts said the company would need to raise prices.", False),
])
def test_a_change_told_by_its_verb_and_level(text: str, expected: bool) -> None:
    from summarizer.roles_en import moves_to_level

    assert moves_to_level(text) is expected


def test_a_storm_story_shows_how_many_homes_are_back() -> None:
    text = ("About 52,000 homes across the northeast were without power on Monday after Storm Ilse brought "
            "gusts of up to 90 mph, toppling trees and lines, the grid operator said.\n"
            "The weather service issued a wind warning for the northeast coast until 8 p.m. as Storm Ilse moved "
            "north, warning of danger to life from flying debris and falling power lines.\n"
            "A woman in her 70s was injured when a tree fell on her car near Harwick on Sunday night, police said.\n"
            "Crews had restored power to about 30,000 homes by noon, the operator said, but some rural "
            "customers might wait until Thursday.\n"
            "Several roads were closed and ferries were cancelled.\n"
            "Schools in three districts stayed shut.")
    shown = " ".join(s.text for s in analyze(text).sentences)  # a short story: its two key lines
    assert "restored power" in shown


def test_letters_to_an_editor_are_no_advice_column() -> None:
    from summarizer.roles_en import letter_weights

    page = ["Dear Editor: The new bus lanes on Main Street have doubled my commute.",
            "The council should have asked the people who use the road.",
            "-- Maria Olsen, Eastfield",
            "Dear Editor: I welcome the bus lanes.",
            "My bus now arrives on time for the first time in years.",
            "-- Tom Reyes, Northgate"]
    assert set(letter_weights(page, "en")) == {1.0}
