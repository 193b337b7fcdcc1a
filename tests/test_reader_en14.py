"""What a reader saw in English business stories written for this round (an earnings report, a
takeover, an IPO, a phone launch): each test is one class of line that read wrong, on a sample
sentence of our own."""

from __future__ import annotations

from summarizer import analyze


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in analyze(text).quotes]


def test_he_said_after_a_capitalised_title_in_a_relative_clause_is_that_person() -> None:
    # "which Chief Financial Officer Ravi Menon attributed to …": presented with a title in capitals,
    # so the next "He said" is his, not the chief executive's quoted before.
    text = (
        "Tarrow Labs misses forecasts\n\n"
        "\u201cDemand held up,\u201d Chief Executive Lena Hart said on a call with analysts.\n\n"
        "Operating margin fell to 18% from 21%, which Chief Financial Officer Omar Quist blamed on freight. "
        "He said margins should recover next year as contracts reset.\n"
    )
    quotes = _quotes(text)
    assert ("Omar Quist", "margins should recover next year as contracts reset.") in quotes
    assert not any(s == "Lena Hart" and "margins" in t for s, t in quotes)


def test_he_said_after_the_founder_is_presented_is_his() -> None:
    text = (
        "Brandvik to buy Solace Bio\n\n"
        "\u201cThis deal is about science,\u201d Brandvik Chief Executive Ines Moller said in a statement.\n\n"
        "Brandvik said it would pay with cash on hand.\n\n"
        "Solace Chief Executive Ade Okonjo, who founded the company in 2012, will join Brandvik. "
        "\u201cWe found the right partner,\u201d he said.\n"
    )
    quotes = _quotes(text)
    assert ("Ade Okonjo", "We found the right partner") in quotes


def test_a_lowercase_relative_word_is_not_part_of_the_title() -> None:
    from summarizer.speakers import Context

    context = Context(text="x" * 300)
    context.touch("Sales fell 3%, which Chief Operating Officer Tom Reyes blamed on weather.", 0, True)
    assert [(p.name, p.title) for p in context.mentioned] == [("Tom Reyes", "Chief Operating Officer")]


def test_when_and_where_it_was_said_are_not_what_was_said() -> None:
    text = (
        "Orrin Pay prices listing\n\n"
        "Orrin Pay priced its shares at $19 each, raising $600 million, the company said late on Thursday.\n\n"
        "The new tablet keeps last year's price, the company said at an event at its offices in Denver, Colorado.\n"
    )
    quotes = _quotes(text)
    said = [t for _, t in quotes]
    assert "Orrin Pay priced its shares at $19 each, raising $600 million" in said
    assert "The new tablet keeps last year's price" in said
    assert not any(t.startswith("late on") or t.endswith("Colorado.") for t in said)
