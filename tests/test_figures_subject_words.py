"""Subject clean-up removes only what was left of a blanked date ("集团于9月末的现金" → 集团的现金), never a
character of a word of its own: 所在的 ("他所在的企业"), 现在的, 存在的 stay whole."""
from __future__ import annotations

from summarizer.figures import extract_figures


def test_where_one_works_keeps_its_word() -> None:
    figure = extract_figures(["她所在的工厂11月的产量环比下降了一成。"], lang="zh", key_indices=frozenset({0}))[-1]
    assert figure.subject == "她所在的工厂的产量"
    dated = extract_figures(["集团于9月末的现金为52亿元。"], lang="zh", key_indices=frozenset({0}))[-1]
    assert dated.subject == "集团的现金"
