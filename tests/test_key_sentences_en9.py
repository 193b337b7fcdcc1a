"""English lines an editor keeps: the market close with its index moves, a deal's terms, new guidance."""

from summarizer import analyze
from summarizer.roles import news_value
from summarizer.roles_en_terms import states_terms

MARKET = ("Stocks in Ruritania ended higher on Friday as bank shares recovered from a weak start.\n"
          "Traders said buying picked up after lunch as worries over lending eased somewhat.\n"
          "The Dow Jones Industrial Average rose 212.40 points, or 0.5%, to 41,002.10, the S&P 500 gained 0.7% "
          "to 5,811.30 and the Nasdaq Composite added 1.1% to 18,640.55.\n"
          "Trading volume was 11.9 billion shares, compared with the 20-day average of 12.4 billion.\n"
          "Bank shares rose 2.2% as a group, while utilities fell 0.4%.\n")


def test_index_moves_are_a_result_not_a_listing() -> None:
    line = MARKET.splitlines()[2]
    assert states_terms(line)
    assert news_value(line, "en") > news_value("The forecasts were 1.1, 2.2, 3.3, 4.4 and 5.5 for the region.", "en")


def test_index_line_outranks_other_figures_of_the_close() -> None:
    # Before, the nine figures of the index line made it a listing, ranked below the volume line.
    sentences = analyze(MARKET, title="Stocks end higher as banks recover", max_sentences=5).sentences
    score = {s.text.split()[1]: s.score for s in sentences}
    assert score["Dow"] > 0.3 * score["volume"]


def test_deal_terms_and_guidance_are_terms() -> None:
    assert states_terms("The price is a premium of 24% to Tuesday's close for the toy maker.")
    assert states_terms("Quillon will pay a $90 million break-up fee if it walks away.")
    assert states_terms("The deal is expected to close in the third quarter of 2028.")
    assert states_terms("The firm lowered its 2027 capital budget to $2 billion from $2.4 billion.")
    assert states_terms("Brennick raised its quarterly dividend by 3 cents to 41 cents a share.")
    assert states_terms("The miner kept its full-year nickel guidance of 40,000 to 44,000 tonnes.")


def test_plain_lines_are_not_terms() -> None:
    assert not states_terms("The company said demand for its lamps was strong in the spring.")
    assert not states_terms("Gold jewellery is popular with shoppers at the festival.")
    assert not states_terms("The museum's premium membership costs more than the regular one.")
    # a terms line needs a figure to count as a result
    assert news_value("The offer is a generous premium to Friday's close.", "en") < \
        news_value("The offer is a premium of 31% to Friday's close.", "en")


def test_a_share_is_not_an_amount_of_the_same_digits() -> None:
    from summarizer.roles import numbers
    # "2.2 million barrels" and "2.2%" state different facts; the same share twice is one fact.
    assert not numbers("OPEC+ extended cuts of 2.2 million barrels a day.") & numbers("WTI rose 2.2% to $69.40.")
    assert numbers("Copper rose 3.4% on Monday.") & numbers("The 3.4% gain was the largest in a month.")
    text = ("Oil rose on Tuesday after Ruritania agreed to extend output cuts of 2.2 million barrels per day.\n"
            "Brent gained $1.50, or 2.2%, to $70.10 a barrel, while WTI rose 2.0% to $66.30.\n"
            "Ruritania's exports fell by 150,000 barrels per day in May, a survey found.\n"
            "Refinery demand in Asia remained weak, traders said, citing lower margins in the region.\n")
    shown = [s.text for s in analyze(text, title="Oil rises as Ruritania extends cuts", max_sentences=3).sentences]
    assert any(s.startswith("Brent") for s in shown)


CLAUSE_TEXT = ("Brindle Airways said on Monday that passenger traffic rose 6.1% in March, helped by strong demand "
               "on routes to Southeast Asia and a recovery in business travel.\n"
               "Capacity, measured in available seat kilometres, grew 4.0%.\n"
               "The carrier flew 3.12 million passengers in the month, up 5.2%.\n"
               "Cargo tonnage fell 2.7% as shipments of machinery slowed.\n"
               "The seat occupancy rate improved 1.5 percentage points to 84.1%.\n"
               "For the first quarter, the group flew 9.04 million passengers, 4.4% more than a year earlier.\n")


def test_a_headline_second_clause_lifts_its_line() -> None:
    from summarizer.headline_clauses import clause_factors
    lines = CLAUSE_TEXT.splitlines()
    factors = clause_factors(lines, "Brindle traffic rises 6.1% in March, seat occupancy climbs", 1.0)
    assert factors.tolist() == [1.0, 1.0, 1.0, 1.0, 2.0, 1.0]
    shown = [s.text for s in analyze(CLAUSE_TEXT, title="Brindle traffic rises 6.1% in March, seat occupancy climbs",
                                     max_sentences=3).sentences]
    assert any("seat occupancy" in s for s in shown)


def test_a_one_clause_headline_or_a_clause_without_its_own_words_lifts_nothing() -> None:
    from summarizer.headline_clauses import clause_factors
    lines = CLAUSE_TEXT.splitlines()
    assert (clause_factors(lines, "Brindle passenger traffic rises 6.1% in March", 1.0) == 1.0).all()
    assert (clause_factors(lines, "Brindle traffic rises, traffic rises", 1.0) == 1.0).all()
    # one word of a two-word clause is not enough
    assert (clause_factors(lines, "Brindle traffic rises 6.1%, seat prices climb", 1.0) == 1.0).all()


def test_an_english_wire_story_shows_three_by_default_a_flash_two() -> None:
    from summarizer.textrank import adaptive_count
    story = CLAUSE_TEXT + "Brindle shares rose 1.3% in Singapore by midday.\n"  # 7 sentences
    assert len(analyze(story).sentences) == 3
    assert len(analyze(CLAUSE_TEXT).sentences) == 2  # 6 sentences
    assert adaptive_count(900, 9, "en") == 3
    assert adaptive_count(450, 8, "en") == 2  # a flash
    assert adaptive_count(900, 5, "en") == 2  # few sentences
    assert adaptive_count(400, 8, "zh") == 2  # Chinese unchanged
