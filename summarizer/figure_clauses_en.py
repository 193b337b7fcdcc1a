"""English clauses whose figure the subject rules read as the figure before it, seen on stories written
for the lead's reader round (release headlines, survey results, comparisons with rivals):

- a verbless clause after a semicolon names its own measure: "Net sales increased 4.6% to $812.4 million;
  organic sales up 3.1%" (the 3.1% is organic sales', not net sales');
- "compared with $776.7 million in the prior-year quarter": the quarter is when, not what; the amount is the
  measure of the figure before it in the sentence ("Net sales were $812.4 million, …");
- "the 2.1% gain at the largest chains" after outpacing / compared with / versus: another party's move,
  measured where the preposition says ("gain at the largest chains"), never the sentence's first subject;
- "61% of independents increased their payroll, while 14% cut staff": a share of a group that acted; the
  verb after the figure moves the staff, not the share (no direction, and no subject "cut staff");
- "Orbis Semiconductor on Wednesday forecast …, sending its shares down 9%": the shares are those of the company
  the sentence opens on (the subject rules read "shares" alone);
- "GAAP operating loss was $18.2 million, compared with a loss of $35.6 million": the base of a comparison named
  by the head noun alone ("a loss of") is the same measure as the figure it is compared with;
- "still above the bank's 2% target": a figure between a named owner and its noun is that owner's ("the bank's
  target"), not a bare "target".

Every rule reads the figure's own clause; a figure none of them matches is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from summarizer.figure_lexicon import EN_STOP_NP, EN_VERBS
from summarizer.figure_second_look import figure_place
from summarizer.figure_subjects_en_elided import possessive
from summarizer.model import Figure

__all__ = ["clause_subjects_en"]

_APPROX = r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than)\s+)?"
# "; organic sales up " / "; operating profit down about "
_SEMI_VERBLESS = re.compile(rf";\s+((?:[A-Za-z][\w'’\-]*\s){{0,3}}[A-Za-z][\w'’\-]*)\s+(?:up|down)\s+{_APPROX}$")
# "in the prior-year quarter", "in the year-ago period", "in the same quarter last year"
_PERIOD_ONLY = re.compile(r"(?:the\s)?(?:prior-year|prior\syear|year-ago|year-earlier|previous-year|same)\s"
                          r"(?:quarter|period|half|month)(?:\s(?:last|a)\syear)?$", re.IGNORECASE)
# "outpacing the 2.1% gain at the largest chains", "compared with a 3% rise among rivals"
_RIVAL_BEFORE = re.compile(r"\b(?:outpac\w+|beat(?:ing|s)?|topp\w+|compared\s+with|versus|vs\.?|against|ahead\s+of|"
                           r"behind|trail\w*|lagg?\w*)\s+(?:the|a|an)\s+$", re.IGNORECASE)
_RIVAL_AFTER = re.compile(r"\s+(gain|rise|increase|growth|decline|drop|fall|decrease|jump|climb)s?\s+(at|among|for)\s+"
                          r"((?:the\s)?(?:[\w'’\-]+\s){0,3}?[\w'’\-]+?)(?=[,.;]|\s+(?:in|last|this|over|during)\b|$)")
# "while 14% cut staff": a share, then the verb of what the group did.
_SHARE_ACTED = re.compile(r"^\s+(?:(?:also|then|have|had|has)\s+)?([a-z]+ed|cut|shed|hired|raised|said|plan(?:s|ned)?)\s+[a-z]")


# "the bank's ", "Northland's central bank's " right before the figure
_OWNER_BEFORE = re.compile(r"\b((?:the\s+(?:[a-z][\w\-]*\s){0,2}[a-z][\w\-]*|(?:[A-Z][\w\-&.]*\s){0,3}[A-Z][\w\-&.]*)['’]s)\s+$")
# "…, sending its shares down ", "…, and its stock fell "
# "…, compared with a loss of ", "versus net income of "
_BASE_NAMED = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s+(?:a\s+|an\s+)?([a-z][a-z\s\-]{1,30}?)\s+of\s+"
                         + _APPROX + r"$", re.IGNORECASE)
_ITS_SHARES = re.compile(r"\bits\s+(shares|stock|share price)\s+(?:(?:were|was)\s+)?[a-z]+\s+(?:by\s+)?" + _APPROX + r"$")
# A sentence that opens on a company's name and its verb ("Orbis Semiconductor on Wednesday forecast …").
_OPENING_NAME = re.compile(r"^(?!(?:The|This|That|It|Its|Their|Shares|Analysts|Investors|Markets|Stocks)\b)"
                           r"((?:[A-Z][\w&.'’\-]*\s){0,3}[A-Z][\w&.'’\-]*)\s+(?:on\s+[A-Z][a-z]+day\s+|also\s+)?"
                           r"[a-z]{2,}\b")


def clause_subjects_en(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    out: list[Figure] = []
    for figure in figures:
        place = figure_place(figure, sentences)
        out.append(_read(figure, place, out) if place else figure)
    return out


def _read(figure: Figure, place: tuple[str, str, str], before_figures: list[Figure]) -> Figure:
    _, before, after = place
    if (verbless := _SEMI_VERBLESS.search(before)) and _noun_phrase(verbless.group(1)):
        return replace(figure, subject=verbless.group(1))
    if (figure.unit == "%" and figure.subject and re.fullmatch(r"[a-z]+", figure.subject) and (owner := _OWNER_BEFORE.search(before))
            and re.match(rf"\s+{figure.subject}\b", after)):
        return replace(figure, subject=f"{owner.group(1)} {figure.subject}")
    if figure.subject and _PERIOD_ONLY.fullmatch(figure.subject.strip()):
        return replace(figure, subject=_earlier_subject(figure, before_figures,
                                                        lambda subject: not _PERIOD_ONLY.fullmatch(subject.strip())))
    if (base := _BASE_NAMED.search(before)) and (figure.subject or "").lower() == base.group(1).lower():
        head = " " + base.group(1).lower()
        if fuller := _earlier_subject(figure, before_figures, lambda subject: subject.lower().endswith(head)):
            return replace(figure, subject=fuller)
    if _RIVAL_BEFORE.search(before) and (rival := _RIVAL_AFTER.match(after)):
        where = rival.group(3)
        if _noun_phrase(re.sub(r"^the\s", "", where)):
            return replace(figure, subject=f"{rival.group(1)} {rival.group(2)} {where}")
    if (figure.subject or "").lower() in ("shares", "stock", "share price") and (its := _ITS_SHARES.search(before)) \
            and (lead := _OPENING_NAME.match(place[0])) and not re.search(r"[;:]|\b(?:while|whereas|but)\b", before):
        return replace(figure, subject=f"{possessive(lead.group(1))} {its.group(1)}")
    if figure.unit in ("%", "percent") and figure.change and (acted := _SHARE_ACTED.match(after)) and (
            re.search(r"(?:^|[,;]\s+|\b(?:while|and|but|whereas|that)\s+)(?:only\s+|just\s+)?" + _APPROX + r"$", before)):
        if acted.group(1) not in ("rose", "fell"):
            return replace(figure, change=None, subject=None)
    return figure


def _earlier_subject(figure: Figure, before_figures: list[Figure], fits: Callable[[str], bool]) -> str | None:
    """The subject of the nearest figure before this one in its sentence, in the same unit, that `fits`."""
    return next((f.subject for f in reversed(before_figures) if f.kind == "figure" and f.sentence_index == figure.sentence_index
                 and f.subject and f.unit == figure.unit and fits(f.subject)), None)


def _noun_phrase(words: str) -> bool:
    parts = words.lower().split()
    return bool(parts) and not any(w in EN_VERBS for w in parts) and parts[0] not in EN_STOP_NP
