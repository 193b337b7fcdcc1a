"""A press release's About section states figures about the company ("$1.4 billion under
management across five funds"): not the news, so they are never key figures (kept, unranked),
as its sentences are never key sentences. Our own sample text."""

from __future__ import annotations

from summarizer import analyze

RELEASE = "\n".join([
    "Corvane Robotics, a maker of warehouse picking robots, today announced it has raised $62 million in "
    "Series B funding led by Northgate Ventures.",
    "The round brings Corvane's total funding to $91 million.",
    "Corvane's robots operate in 37 warehouses across North America and have picked more than 140 million items.",
    "Revenue grew 180% in the twelve months to September, according to the company.",
    "About Northgate Ventures",
    "Northgate Ventures is a venture capital firm investing in industrial technology, with $1.4 billion under "
    "management across five funds and 240 portfolio companies.",
])


def test_figures_of_an_about_section_are_not_key_figures():
    analysis = analyze(RELEASE, title="Corvane Robotics raises $62 million", lang="en", max_sentences=10)
    key = [f.text for f in analysis.key_figures]
    assert "$62 million" in key and "$91 million" in key
    assert not any("1.4 billion" in f or f.startswith("240") for f in key)
    assert any("1.4 billion" in f.text for f in analysis.figures)  # still there, unranked
    assert [f.rank for f in analysis.key_figures] == list(range(1, len(analysis.key_figures) + 1))


def test_the_reference_engine_still_analyses():
    assert analyze(RELEASE, lang="en", engine="textrank4zh").figures
