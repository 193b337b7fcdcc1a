"""An English wire lead's result, told again in the next lines with its amounts, is one point.

A results story opens with the change ("Northwind Semiconductor reported a 34% jump in second-quarter revenue on
Wednesday, …", "…said on Thursday its third-quarter profit rose 12% as …") and then gives the same metric's
amounts in a line of its own ("Revenue rose to $4.82 billion in the quarter ended June 30, compared with …", "Net
income climbed to $1.46 billion, or $2.18 per share, …"). The two share no figure, so the same-figure rule let both
through and the summary spent its second slot on the lead's result again, leaving out the story's next metric (net
income beside revenue, the fuel bill that caused the loss). On the English key-point sets 5 such retold lines were
shown beside their lead, each stating only the lead's point.

`retold_lines` finds, for a lead that names a headline metric of a period (revenue or sales; profit, net income,
earnings or a loss) with its change, the later lines whose own subject is that metric family and that state no
forecast: summarizer.textrank lets such a line wait, like the second line of a Chinese note's period results
(summarizer.results_twins). A line of another family (net income after a revenue lead) is another point.
Every rule reads the lines' own words, never a particular document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["retold_lines"]

_FAMILIES = {
    "revenue": r"(?<!interest )(?<!fee )(?:net |total |quarterly )?(?:revenue|sales)",
    # the bottom line, not interest income, an operating or a gross profit (another metric, another point)
    "profit": r"(?<!interest )(?<!operating )(?<!gross )(?:net (?:income|profit|earnings|loss)|profit|earnings|loss)",
}
_PERIOD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|half)|quarterly|full-year|annual|fiscal"
_CHANGE = (r"\b(?:rise|rose|jump|jumped|fall|fell|drop|dropped|gain|climb|climbed|decline|declined|slump|slumped|surge|"
           r"surged|increase|increased|decrease|swung|swing|loss|up|down)\b")
# The company's own forecast (analysts' estimates a result is compared with are no forecast of the line's own).
_FORECAST_RE = re.compile(r"\b(?:forecasts?|expects?|outlook|guidance|sees|projects?)\b", re.IGNORECASE)
# The subject of a retold line: the metric within its first words ("Net income climbed to …", "Revenue rose to …",
# "The low-cost carrier posted a net loss of …").
_SUBJECT = r"^(?:[\w'’-]+\s){0,5}?"
_LEAD_LINES = 2  # the lead is the first or second line of the text (a dateline may stand alone)


# The lead's main clause ends where its cause or consequence begins ("…cut its profit forecast after third-quarter
# sales fell": the sales are the cause, told with their figure later as a point of their own).
_CLAUSE_END_RE = re.compile(r"\b(?:after|as|while|but|though|although|because|since|sending|helped|hurt|driven)\b",
                            re.IGNORECASE)


def _family_in_lead(text: str) -> set[str]:
    """The metric families the lead's main clause states a period's change of."""
    found: set[str] = set()
    text = _CLAUSE_END_RE.split(text, maxsplit=1)[0]
    if not re.search(_PERIOD, text, re.IGNORECASE) or not re.search(_CHANGE, text, re.IGNORECASE):
        return found
    for name, words in _FAMILIES.items():
        if re.search(rf"\b{words}\b(?!\s(?:forecast|outlook|guidance|target|estimate))", text, re.IGNORECASE):
            found.add(name)
    return found


def _subject_family(text: str) -> str | None:
    """The metric family a line's subject names; none for a part of it ("Sales in China slid 11%", "Revenue from
    chips for personal computers fell 4%": a segment is another point)."""
    for name, words in _FAMILIES.items():
        if re.search(_SUBJECT + rf"(?:a |an |its |the )?{words}\b(?!\s(?:in|from|at|of (?:its|the))\b)", text, re.IGNORECASE):
            return name
    return None


def retold_lines(texts: Sequence[str]) -> dict[int, int]:
    """Per retold line (index), the index of the lead whose result it tells again (see the module docstring);
    empty for a text with Han characters in it."""
    if any(re.search(r"[\u4e00-\u9fff]", text) for text in texts[:_LEAD_LINES + 1]):
        return {}
    for lead in range(min(_LEAD_LINES, len(texts))):
        families = _family_in_lead(texts[lead])
        if not families:
            continue
        retold = {}
        for i in range(lead + 1, len(texts)):
            family = _subject_family(texts[i])
            if family in families and not _FORECAST_RE.search(texts[i]) and re.search(r"\d", texts[i]):
                retold[i] = lead
        return retold
    return {}
