"""The summarizer's quality floors on fixtures of our own (no ../shared needed).

Scores and their pinned values: tests/quality_gate.py; re-pin after a deliberate
change with `python -m tests.quality_gate --update`.
"""

from __future__ import annotations

import json

from tests.quality_gate import (
    ARTICLES,
    below_floor,
    load_baseline,
    rouge,
    same_figure,
    score,
)


def test_the_fixtures_are_mixed_and_annotated():
    articles = json.loads(ARTICLES.read_text(encoding="utf-8"))
    assert {a["lang"] for a in articles} == {"zh", "en"} and len(articles) >= 6
    for article in articles:
        assert article["reference"] and article["figures"] and article["quotes"]
        for figure in article["figures"]:
            assert figure in article["text"], (article["id"], figure)
        for quote in article["quotes"]:
            assert quote["prefix"] in article["text"] and quote["speaker"] in article["text"]


def test_the_scorers_tell_a_match_from_a_near_miss():
    assert same_figure("同比增长63%", "63%") and not same_figure("$2.14", "14")
    assert not same_figure("163%", "63%")
    assert rouge("营收增长", "营收增长", "zh") == (1.0, 1.0)
    assert rouge("revenue rose", "profit fell", "en") == (0.0, 0.0)
    assert below_floor({"rouge1_zh": 0.40}, {"rouge1_zh": 0.48}) and not below_floor(
        {"rouge1_zh": 0.47}, {"rouge1_zh": 0.48})


def test_rouge_figures_and_quotes_stay_above_their_pinned_floors():
    assert below_floor(score(), load_baseline()) == []
