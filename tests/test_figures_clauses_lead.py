"""English clauses read on the lead's reader round (2026-12-08):
- an absolute "with" clause names what its figure measures, a prepositional phrase included: "…, with spot rates on
  the main Asia-Europe route down more than 40%" is the spot rates' fall, not the sentence subject's;
- "… and that it had signed a $2.4 billion deal": a second reported clause is not dated by the first one's period;
- "LONDON, Dec 2 (Wire) - Shares in X, the home builder, fell 14%": the dateline before the dash is never the
  subject of the noun-and-appositive rule."""
from __future__ import annotations

from summarizer.figures import extract_figures


def test_with_and_a_measure_named_before_up_or_down() -> None:
    figures = extract_figures(["Air cargo has been weak all year, with spot rates on the main transpacific lanes "
                               "down more than 30% since March."], lang="en", key_indices=frozenset({0}))
    figure = next(f for f in figures if f.value == 30.0)
    assert figure.subject == "spot rates on the main transpacific lanes"
    assert figure.change == "down"
    assert figure.approx == "more than"


def test_a_second_reported_clause_keeps_no_period_of_the_first() -> None:
    figures = extract_figures(["It said that revenue for the year to June rose to $3.1 billion and that it had signed "
                               "a $900 million contract with a rail operator."], lang="en", key_indices=frozenset({0}))
    assert next(f for f in figures if f.value == 3.1e9).period == "the year to June"
    assert next(f for f in figures if f.value == 9e8).period is None


def test_a_dateline_is_not_the_noun_before_an_appositive() -> None:
    for lead in ("OSLO, Dec 4 (Wire) - ", "OSLO - ", "OSLO (Wire) -- "):
        figures = extract_figures([lead + "Shares in Tarnby, the Danish ferry operator, fell 11% on Friday."],
                                  lang="en", key_indices=frozenset({0}))
        assert next(f for f in figures if f.value == 11.0).subject == "Shares in Tarnby", lead


def test_a_share_between_a_named_owner_and_its_noun_is_the_owners() -> None:
    figures = extract_figures(["Inflation eased to 2.6% in May, still above the central bank's 2% target."],
                              lang="en", key_indices=frozenset({0}))
    assert next(f for f in figures if f.value == 2.0).subject == "the central bank's target"
    stake = extract_figures(["Harlow's 15% stake in the venture was sold."], lang="en", key_indices=frozenset({0}))
    assert stake[0].subject == "Harlow's stake"
