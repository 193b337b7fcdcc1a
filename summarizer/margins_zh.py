"""A Chinese results text's gross margin, stated with its figure, is one of its main points.

A brokerage note on a company's results states revenue and profit first, then the quarter, the
segments, the margins and the costs. A reader takes the gross margin as the third point after the
top and bottom line: it tells whether the growth was bought with price or earned ("24H1公司毛利率为
36.42%，同比+2.71pct，主要受益于原材料价格回落", "毛利率同比下降9.4个百分点至15.1%"). It stood 8th to
15th among the lines, behind a quarter's or a segment's revenue of the same form, and the summary
left it out: on the hand-labelled key-point sets 14 of the 27 such lines of notes carry a main point
(24% of the notes' other lines do), and the summary showed 5 of them.

summarizer.roles weighs such a line like a story's next step: a result's value and half again, below a
company's act (summarizer.actions_zh), which carries a point more often (6 of 8 lines). Weighed like
the act, the margin gained 3 more points but pushed a note's own act out of its three lines. Only the
gross margin: the net margin (净利率) follows from revenue and profit already shown, and weighing it
too lost points on the main and held-out sets. A margin named without a figure ("毛利率持续改善带动
盈利能力提升", "提升公司毛利率、现金流与用户黏性") is a comment, not the figure a reader looks for.

Measured over the 20 key-point sets: 606 → 608 points (main set 151 → 152, fresh 58 → 59, fresh-holdout
14 → 15, fresh3 37 → 36; the held-out set loses one and gains one).

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["states_gross_margin"]

# "毛利率为36.42%", "毛利率同比下降9.4个百分点至15.1%", "毛利率和净利率分别为13.53%/7.98%": the margin
# and a figure in the same clause.
_GROSS_MARGIN_RE = re.compile(r"毛利率[^，,。；;]{0,15}\d")


def states_gross_margin(text: str, lang: str) -> bool:
    """A Chinese line that states a gross margin with its figure, in one clause."""
    return lang == "zh" and bool(_GROSS_MARGIN_RE.search(text))
