"""English quotes from kinds of news a finance reader sends: a count "added" is no speech, an
age or what someone was doing is no title, and "U.S." inside a title does not end it.
The texts are written here (fictional people, companies and numbers).
"""

from __future__ import annotations

from summarizer.quotes import extract_quotes


def quotes(text: str):
    sentences = [s for s in text.split("\n") if s]
    return extract_quotes(sentences, lang="en")


def test_a_sector_or_index_that_added_a_number_says_nothing():
    found = quotes("Retail added 41,000 jobs in May, while mining shed 2,000 jobs.\n"
                   "The Russell 2000 added 14.6 points, or 0.7%, to 2,231.5.")
    assert found == ()


def test_someone_who_added_a_clause_still_speaks():
    found = quotes("Orla Grant, the chief executive, added that the plant would reopen in June.")
    assert [(q.speaker, q.text) for q in found] == [("Orla Grant", "the plant would reopen in June.")]


def test_a_speaker_with_an_age_and_a_participle_after_the_name_keeps_the_quote_and_no_such_title():
    found = quotes("“We had 40 pickers last year and now we have nine,” said grower Ines Farrow, 61, "
                   "walking along the rows.")
    assert [(q.speaker, q.text) for q in found] == [("Ines Farrow", "We had 40 pickers last year and now we have nine")]
    assert not (found[0].speaker_title or "").startswith("61")


def test_an_abbreviation_with_dots_inside_a_title_does_not_cut_it():
    found = quotes("“Hiring is slowing, not collapsing,” said Dev Malik, chief U.S. economist at Ardent Bank.")
    assert found[0].speaker == "Dev Malik"
    assert found[0].speaker_title == "chief U.S. economist at Ardent Bank"
