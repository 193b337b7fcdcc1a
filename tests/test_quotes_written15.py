"""Quotes found missing by the fifteenth audit of news written for the purpose (benchmarks/data/figures_written15.json):
"…," he said after an office written in lower case ("Outgoing premier … conceded"), and a quote in the headline.

Every text here is written for the test, none is taken from that set.
"""

from __future__ import annotations

from summarizer import analyze


def test_he_said_after_an_office_in_lower_case() -> None:
    quotes = analyze("Outgoing premier Lena Brock conceded before dawn. \"The province has chosen,\" she said.").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Lena Brock", "The province has chosen")]


def test_a_headline_quote_of_a_role_the_body_quotes() -> None:
    text = ("Orrin Foods said on Tuesday quarterly sales rose 4%. \"Demand held up,\" Chief Executive Mia Tull said. "
            "Tull told analysts the company would open two plants next year.")
    quotes = analyze(text, title="Orrin Foods sales rise 4%; 'We are not done,' CEO says").quotes
    assert ("Mia Tull", "We are not done", "direct") in [(q.speaker, q.text, q.kind) for q in quotes]


def test_a_headline_quote_of_no_one_the_body_quotes_is_left_out() -> None:
    text = "Orrin Foods said on Tuesday quarterly sales rose 4%. \"Demand held up,\" Chief Executive Mia Tull said."
    quotes = analyze(text, title="Orrin Foods sales rise 4%; 'We are not done,' sources say").quotes
    assert "We are not done" not in [q.text for q in quotes]


def test_a_headline_quote_the_body_repeats_is_listed_once() -> None:
    text = "\"We are not done,\" Chief Executive Mia Tull said on Tuesday."
    quotes = analyze(text, title="'We are not done,' CEO says").quotes
    assert [q.text for q in quotes].count("We are not done") == 1


def test_a_chinese_headline_quote_of_the_quoted_chairman() -> None:
    text = "甲乐食品10月销量同比增长12%。公司董事长周启航表示，明年将继续扩产。“我们不会跟进价格战。”周启航说。"
    quotes = analyze(text, title="甲乐食品董事长：“明年不降价”").quotes
    assert ("周启航", "明年不降价") in [(q.speaker, q.text) for q in quotes]
