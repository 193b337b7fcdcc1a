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
