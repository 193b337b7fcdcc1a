"""The key-figure lines of an English reply: a release's list marker and the "or" that joins a
second figure to the first are no part of what a line states. Texts written here (fictional)."""

from __future__ import annotations

from bot.core.service import Brief
from bot.render.text import numbers, summary
from summarizer import analyze
from summarizer.model import Article


def _brief(text: str) -> Brief:
    return Brief(1, Article(text=text), analyze(text))


def test_a_figure_joined_by_or_is_shown_without_the_or():
    text = ("Stocks rose on Monday. The Dow Jones Industrial Average rose 212.40 points, or 0.5%, to 43,120.10. "
            "Bonds were little changed.")
    html = numbers(_brief(text), "en")
    assert ": or " not in html and "• or " not in html
    assert "<b>0.5%</b>" in html


def test_a_release_list_item_is_shown_without_its_marker():
    text = ("Keel Marine reported results for the third quarter.\nThird Quarter Highlights\n"
            "- Revenue of $318.4 million, down 4% year over year\n- Adjusted EBITDA of $41.0 million\n")
    html = summary(_brief(text), "en") + numbers(_brief(text), "en")
    assert "• - " not in html
    assert "<b>$318.4 million</b>" in html


def test_a_dotted_abbreviation_cut_at_its_last_dot_is_never_a_keyword():
    text = ("U.S. factories added 31,000 jobs in May. U.S. wages rose 0.3% and U.S. hours were flat. "
            "U.S. exporters said demand from U.K. buyers was soft, while U.S. importers cut orders.")
    words = [k.word.lower() for k in analyze(text).keywords]
    assert "u.s" not in words and "u.k" not in words


def test_a_clause_line_does_not_open_with_while_or_and():
    text = ("Payrolls grew by 120,000 in May, while the jobless rate held at 4.2%. "
            "Bond yields rose after the data, and the dollar gained 0.4% against the yen.")
    html = numbers(_brief(text), "en")
    assert "• while " not in html and "• and " not in html


def test_results_line_words_are_no_english_keywords():
    text = ("Kestrel Foods reported a net loss of $12 million, or 9 cents per diluted share, compared with a profit "
            "a year earlier. Kestrel Foods said results were hurt by higher costs. Kestrel Foods added that snack "
            "sales, measured by volume, fell. Analysts asked about pricing. Kestrel Foods compared the drop with "
            "rivals and said diluted earnings would recover. Kestrel Foods results disappointed investors.")
    words = {k.word.lower() for k in analyze(text).keywords}
    assert not words & {"compared", "diluted", "measured", "asked", "added", "results"}


def test_a_speakers_title_is_written_as_each_language_writes_it():
    """"Kevin Lane, Harbor Co. executive" and "星岚科技董事长兼CEO王明", never "CEO, 王明"."""
    from bot.render.text import quotes
    english = ('Harbor Co. executive Kevin Lane said demand had been overwhelming. '
               '"We will see the industry shake out a bit," Lane said at a conference on Tuesday.')
    html = quotes(_brief(english), "en")
    assert "Kevin Lane, Harbor Co. executive" in html and "executive, Kevin" not in html
    chinese = "星岚科技董事长兼CEO王明表示，公司明年将继续加大研发投入，并在海外建设两座新工厂。"
    html = quotes(_brief(chinese), "zh")
    assert "CEO王明" in html and "CEO, 王明" not in html
