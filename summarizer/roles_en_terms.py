"""English lines an editor keeps for what they state, whatever their figure count or centrality.

A wire story puts its second point in lines the news-value rules undervalue: the market
close with the index moves (nine figures read as a listing), a deal's terms (a premium, a
break-up fee, when it closes: no result verb), a company's new guidance (a capital budget
lowered, a dividend raised, a forecast kept). Each states a point of its kind of story, so
it counts as a results line (`terms_value`).
"""

from __future__ import annotations

import re

from summarizer.roles_en import opens_with_quote

# Benchmarks whose move is the news of a market story: stock indexes, crude grades, yields, gold.
_MARKET = (r"(?:Dow(?: Jones)?|S&P(?: 500)?|Nasdaq|Russell 2000|Nikkei|Topix|Hang Seng|Shanghai Composite|CSI 300|"
           r"Kospi|Sensex|Nifty|FTSE(?: 100)?|DAX|CAC(?: 40)?|STOXX(?: 600)?|Brent|WTI|West Texas Intermediate|"
           r"(?:\d+-year )?Treasury yield|gold|the yen|the euro|the dollar)")
_MOVE = r"(?:rose|fell|gained|lost|added|shed|climbed|slipped|declined|dropped|jumped|slid|eased|edged|weakened|strengthened|ended|closed|settled|up|down)"
_INDEX_MOVE_RE = re.compile(rf"\b{_MARKET}\b[^.;]{{0,40}}?\b{_MOVE}\b[^.;]{{0,40}}?\d", re.IGNORECASE)
# A deal's terms: the price against the market, the fee for walking away, when it closes.
_DEAL_TERMS_RE = re.compile(
    r"\bpremium of\b|\b\d[\d.]*% premium\b|\bbreak-?up fee\b|\btermination fee\b|\bexpected to (?:close|complete)\b|"
    r"\bper share in (?:cash|stock)\b|\benterprise value\b",
    re.IGNORECASE)
# New guidance: a forecast, budget, dividend or buyback raised, lowered or kept.
_GUIDANCE_RE = re.compile(
    r"\b(?:raised?|raising|lowered|lowers?|cut|cuts|kept|keeps|maintained|reaffirmed|reiterated|narrowed|boosted|"
    r"increased|trimmed|expects?|forecasts?)\b[^.;]{0,40}?\b(?:forecast|guidance|outlook|capital (?:budget|spending|"
    r"expenditures?)|capex|dividend|buybacks?|share repurchases?)\b",
    re.IGNORECASE)


def states_terms(text: str) -> bool:
    """A market close with its index moves, a deal's terms, or new guidance (see module doc)."""
    return bool(_INDEX_MOVE_RE.search(text) or _DEAL_TERMS_RE.search(text) or _GUIDANCE_RE.search(text))


# After a quotation, only who said it: '…," said Dr. Jane Roe, Chief Executive Officer of Roe Medical.'
_ATTRIBUTION_ONLY_RE = re.compile(
    r"^[\s,]*(?:(?:said|says|added|adds)\b[^\"“”;]{0,120}|[A-Z][\w.'’ -]{1,60}?\b(?:said|says|added|adds))[.!]?\s*$")
_CLOSING_QUOTE_RE = re.compile(r"[\"”](?=[^\"”]*$)")


def quote_only(text: str, count: int) -> bool:
    """A line that is a quotation with no figure and then only its speaker: praise, thanks or confidence
    ('"Today is a defining moment for us," said the chief executive.'). A release opens its body with one
    before the numbers; it states no fact the release does not state better, so it counts less again."""
    if count or not opens_with_quote(text):
        return False
    close = _CLOSING_QUOTE_RE.search(text.strip())
    return bool(close) and bool(_ATTRIBUTION_ONLY_RE.match(text.strip()[close.end():]))


def english_value(text: str, value: float, count: int, *, result_bonus: float, quote_factor: float) -> float:
    """The English adjustments of a line's news value: a terms line with a figure counts as
    a results line (never as a listing), a line opening on a direct quotation counts less, and
    one that is only a quotation without a figure and its speaker less again (`quote_only`)."""
    if count and states_terms(text):
        value = max(value, 1.0 + result_bonus)
    if opens_with_quote(text):
        value *= quote_factor * (quote_factor if quote_only(text, count) else 1.0)
    return value
