"""One English keyword per word (summarizer.keyword_forms_en): "cuts" and "cut", "shares" and "share" were both shown."""

from __future__ import annotations

from summarizer import analyze
from summarizer.keyword_forms_en import distinct_forms

STORY = """Harwick Bank cuts rates for second time this year as inflation cools

The Bank of Harwick cut its main interest rate by 25 basis points to 4.25% on Thursday, its second cut this year, as inflation slowed.

The Monetary Policy Committee voted 6-3 for the cut, with three members preferring to hold rates at 4.5%.

Consumer price inflation fell to 2.6% in October from 3.1% in September, the lowest in three years.

"Further cuts will be gradual," Governor Helen Marsh told reporters. Markets now expect two more cuts next year.

Sterling fell 0.4% against the dollar after the decision, and shares of banks fell as rate cuts squeeze lending margins.
"""


def test_the_later_form_of_a_word_is_left_out() -> None:
    assert distinct_forms([("cuts", 1.0), ("inflation", 0.9), ("cut", 0.8), ("companies", 0.7), ("company", 0.6),
                           ("basis points", 0.5), ("news", 0.4)]) == [
        ("cuts", 1.0), ("inflation", 0.9), ("companies", 0.7), ("basis points", 0.5), ("news", 0.4)]


def test_a_story_s_keywords_name_each_word_once() -> None:
    words = [k.word.lower() for k in analyze(STORY).keywords]
    bases = [w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words if " " not in w]
    assert len(bases) == len(set(bases)), words
