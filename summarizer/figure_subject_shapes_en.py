"""More English sentence shapes whose subject the general rules misread, set right once all the
figures of a sentence are known (after `summarizer.figure_subject_shapes`):

- a span of time is never what is measured: "the deficit widened to $1.83 trillion in the fiscal
  year that ended Sept. 30, up 8%" (the deficit, both times), "The number of customers paying more
  than $100,000 a year grew to 2,140" (the customers counted);
- a rate named after the figure: "The U.S. economy grew at a 2.4% annualized rate" (the economy);
- a level in a relative clause: "its balance sheet, which stands at about $6.9 trillion";
- a ratio to a whole: "Federal debt held by the public reached 99% of gross domestic product" (the
  debt, not the product it is measured against);
- what a projection shows at a level: "the median projection shows the federal funds rate at 3.9%";
- a level compared with a year before is a move: "$2,340 an ounce, 24% above last year" (up);
- a count whose noun follows it is of what stands at it: "Backlog stood at 6,720 homes valued at
  $3.61 billion, up 9%" (the backlog, its value, and the backlog again; not "homes");
- a part of a whole: "The Asia-Pacific region contributed 2.9 million of the new subscribers";
- what is to be done: "expects to deliver 4,600 to 4,900 homes" (homes delivered, not homes);
- a count whose noun is left out after "and": "opened 23 stores and closed 11" (stores closed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_numbers import NumberMatch
from summarizer.model import Figure

__all__ = ["revise_english_shapes"]

_SPAN_SUBJECT_RE = re.compile(
    r"(?:(?:the|a|an|this|that|each|per|every)\s+)?(?:(?:fiscal|financial|calendar|full|same|previous|prior|past)\s+)?"
    r"(?:year|quarter|month|week|day|half)", re.IGNORECASE)
_MOVE_VERBS = (r"widened|narrowed|rose|fell|grew|reached|climbed|jumped|dropped|declined|increased|decreased|shrank"
               r"|swelled|totaled|totalled|was|were|came\s+in|stood")
_NP = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?"
# "the federal deficit widened to": the noun phrase right before the verb of the figure.
_NP_VERB_RE = re.compile(rf"\b(?:(?:the|its|their|a)\s+)?(?P<np>{_NP})\s+(?:{_MOVE_VERBS})\s+(?:to\s+|by\s+|at\s+)?"
                         r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+)?$")
_NUMBER_OF_RE = re.compile(r"\b(?:[Tt]he\s+)(?P<np>(?:number|count)\s+of\s+[a-z][\w\-]*(?:\s+(?!\w+ing\b|that\b|who\b|with\b"
                           r"|in\b|on\b|at\b)[a-z][\w\-]*)?)")
_RATE_SUBJECTS = frozenset(("annualized rate", "annualised rate", "annual rate", "rate", "pace", "annualized pace",
                            "annualised pace"))
_GREW_AT_RE = re.compile(r"(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w.\-]*\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s+"
                         r"(?:grew|expanded|contracted|shrank|rose|fell|increased|declined|climbed)\s+at\s+an?\s+$")
_WHICH_LEVEL_RE = re.compile(
    r"\b(?:its|the|their)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s*,\s*which\s+(?:now\s+)?"
    r"(?:stands?\s+at|stood\s+at|is|was|totals?|totaled|totalled|amounts?\s+to|amounted\s+to|came\s+to)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")
_RATIO_REACHED_RE = re.compile(
    r"^(?P<np>(?:[A-Z][\w\-]*|[a-z][\w\-]*)(?:\s+[a-z][\w\-]*){0,5})\s+"
    r"(?:reached|was|stood\s+at|equaled|equalled|hit|rose\s+to|climbed\s+to|fell\s+to|amounted\s+to)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")
_SHOWS_AT_RE = re.compile(
    r"\b(?:shows?|showed|puts?|sees?|saw|projects?|projected|pegs?|pegged)\s+(?:the\s+|its\s+)?"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)\s+at\s+(?:about\s+|around\s+)?$")
_LEVEL_VERBS = r"(?:stood\s+at|stands\s+at|was|were|totaled|totalled|reached|rose\s+to|fell\s+to|climbed\s+to|grew\s+to)"
_STOOD_AT_RE = re.compile(rf"(?:^|[,;]\s*)(?P<np>(?!(?:There|It|This|That|These|Those)\b)[A-Z][\w\-]*(?:\s+[a-z][\w\-]*){{0,2}}?)(?:\s+(?:at|in|for)\s+[^,;\d]*?)?"
                          rf"\s+{_LEVEL_VERBS}\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$")
_PART_OF_RE = re.compile(r"(?:^|[,;]\s*)(?P<np>(?:The\s+|the\s+)?[A-Z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)\s+"
                         r"(?:contributed|accounted\s+for|made\s+up|provided)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$")
_DONE = {"deliver": "delivered", "sell": "sold", "ship": "shipped", "build": "built", "produce": "produced",
         "open": "opened", "hire": "hired", "close": "closed", "complete": "completed", "start": "started"}
_TO_DO_RE = re.compile(rf"\bto\s+({'|'.join(_DONE)})\s+(?:about\s+|around\s+|roughly\s+|between\s+)?$")
_COUNT_MODIFIERS = frozenset(("new", "additional", "more", "further", "extra", "other"))
_YEAR_BEFORE = r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior|same)\s+(?:year|quarter|period|month))\b"
_ABOVE_RE = re.compile(rf"\s+(?:above|higher\s+than|more\s+than)\s+{_YEAR_BEFORE}")
_BELOW_RE = re.compile(rf"\s+(?:below|lower\s+than|less\s+than|under)\s+{_YEAR_BEFORE}")


def revise_english_shapes(shadow: str, figures: list[Figure], matches: Sequence[NumberMatch],
                          starts: list[int]) -> None:
    """Set the subjects (and a move's direction) of the shapes above right, in place."""
    revised: dict[str, str] = {}  # a subject read wrong -> what it was set to
    for i, (fig, match) in enumerate(zip(figures, matches)):
        if fig.kind != "figure":
            continue
        prev = next((j for j in range(i - 1, -1, -1) if figures[j].kind == "figure"), None)
        before = shadow[starts[i]:match.start]
        after = shadow[match.end:]
        subject, change = fig.subject, fig.change
        misread = False  # a subject read wrong that later figures of the sentence may have taken too
        if subject and _SPAN_SUBJECT_RE.fullmatch(subject):
            subject = _span_subject(before, figures[prev].subject if prev is not None else None)
            misread = True
        elif subject in _RATE_SUBJECTS and (grew := _GREW_AT_RE.search(before)):
            subject = grew.group("np")
        if (level := _WHICH_LEVEL_RE.search(shadow[max(0, match.start - 120):match.start])) and match.unit not in ("%",):
            subject = level.group("np")
        if match.unit == "%" and subject and (whole := re.match(r"\s+of\s+((?:[a-z][\w\-]*\s*){1,4})", after)) and (
                subject.lower() in whole.group(1).lower()) and (ratio := _RATIO_REACHED_RE.match(before)):
            subject = ratio.group("np")
        if (shows := _SHOWS_AT_RE.search(before)) and not (subject and shows.group("np").lower() in subject.lower()):
            subject = shows.group("np")
        if match.unit is None and subject and re.match(rf"\s+{re.escape(subject.split()[0])}\b", after):
            if stood := _STOOD_AT_RE.search(before):
                subject = stood.group("np")  # "Backlog stood at 6,720 homes valued at $3.61 billion"
                misread = True
            elif todo := _TO_DO_RE.search(before):
                # "expects to deliver 4,600 to 4,900 homes", "to open 50 new stores" (new stores opened)
                words = subject.split()
                head = next((k for k, word in enumerate(words) if word.lower() not in _COUNT_MODIFIERS), 0)
                subject = f"{' '.join(words[:head + 1])} {_DONE[todo.group(1)]}"
        if prev is not None and match.unit not in ("%",) and figures[prev].unit is None and re.search(
                r"\s\w+\s+valued\s+at\s+(?:about\s+|around\s+)?$", shadow[matches[prev].end:match.start]):
            subject = f"value of {figures[prev].subject}"  # (a value is the count's)
        if subject and (whole := re.match(r"\s+of\s+the\s+((?:[a-z][\w\-]*\s?){1,3})", after)) and (
                subject.lower() in whole.group(1).lower()) and (part := _PART_OF_RE.search(before)):
            subject = f"{part.group('np')}'s {whole.group(1).strip()}"
        if subject is None and match.unit is None and prev is not None and figures[prev].unit is None and (
                noun := figures[prev].subject) and (gapped := re.fullmatch(
                    rf"\s+{re.escape(noun)}\s+and\s+([a-z]+ed)\s+", shadow[matches[prev].end:match.start])):
            subject = f"{noun} {gapped.group(1)}"  # "opened 23 stores and closed 11": the stores closed
        if subject and subject in revised and prev is not None:
            subject = revised[subject]  # the same subject as a figure before, set right there
        if change is None and match.unit == "%" and not match.is_baseline:
            change = "up" if _ABOVE_RE.match(after) else "down" if _BELOW_RE.match(after) else None
        if (subject, change) != (fig.subject, fig.change):
            if misread and subject != fig.subject and fig.subject:
                revised.setdefault(fig.subject, subject)
            figures[i] = replace(fig, subject=subject, change=change)


def _span_subject(before: str, previous: str | None) -> str | None:
    """Who a figure whose subject was read as a span of time is of: "The number of customers" that
    opens the clause, the noun before the figure's verb, or the figure before's (a change "up 8%"
    after its level); none rather than the span."""
    if counted := _NUMBER_OF_RE.search(before):
        return counted.group("np")
    if (moved := _NP_VERB_RE.search(before)) and not _SPAN_SUBJECT_RE.search(moved.group("np")):
        # ("the Budget Office said the federal deficit widened to": what was said names it)
        return re.sub(r"^(?:.*\s)?(?:said|says|reported|announced|added|noted|that)\s+(?:the\s+|its\s+)?", "",
                      moved.group("np")) or None
    if previous and not _SPAN_SUBJECT_RE.fullmatch(previous):
        return previous
    return None
