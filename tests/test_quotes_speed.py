"""Quotes on long, pathological inputs take time in proportion to their length.

Each input repeats one short English shape up to the 200,000-character limit; a step
that searches all the text before every quote, or compares each sentence with every
person named so far, takes time in the square of the length.
"""

from __future__ import annotations

import itertools
import string
import time

import pytest

from summarizer.quotes import extract_quotes
from summarizer.split import split_sentences


def _distinct(shape: str, count: int) -> str:
    """`count` copies of `shape`, each with a surname of its own."""
    surnames = ("Z" + "".join(letters) for letters in itertools.product(string.ascii_lowercase, repeat=3))
    return "".join(shape.format(name=name) for name, _ in zip(surnames, range(count)))


def _cpu_seconds(text: str) -> float:
    started = time.process_time()
    extract_quotes([span.text for span in split_sentences(text, "en")], lang="en")
    return time.process_time() - started


@pytest.mark.parametrize(
    "make",
    [
        # A bare attribution after a quote that ended: is "Officials" someone named in full before?
        lambda n: "“We won.” Officials said. " * n,
        lambda n: _distinct("“We won.” {name} said. ", n),
        # Thousands of distinct speakers, and a pronoun after each one presented with a title.
        lambda n: _distinct("“We won,” said Ann {name}, a trader at Acme. ", n),
        lambda n: _distinct("Ann {name}, an analyst at Acme, said the plan will work. “We won,” he said. ", n),
    ],
)
def test_many_short_english_quotes_take_time_in_proportion(make) -> None:
    unit = len(make(1))
    _cpu_seconds(make(20))  # warm up
    small_text, large_text = make(50_000 // unit), make(200_000 // unit)
    small, large = _cpu_seconds(small_text), _cpu_seconds(large_text)
    assert len(large_text) >= 3.9 * len(small_text)
    # 4x the text; a quadratic step takes 16x.
    assert large < 8 * small + 0.3, (small, large)


@pytest.mark.parametrize(
    ("sentences", "speakers"),
    [
        (("Mark Zuckerberg testified on Tuesday in the antitrust trial.",
          "“It was a bet on the future.” Zuckerberg said."), ["Mark Zuckerberg"]),
        # Named in full only after the quote: a bare surname before it is no one we know.
        (("The antitrust trial went on.", "“It was a bet on the future.” Zuckerberg said.",
          "Mark Zuckerberg testified on Tuesday."), []),
    ],
)
def test_a_bare_attribution_after_a_finished_quote_needs_the_full_name_before(sentences, speakers) -> None:
    found = extract_quotes(sentences, lang="en")
    assert [q.speaker for q in found if q.kind == "direct"] == speakers
