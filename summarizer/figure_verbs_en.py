"""Whose figure an English verb's object or complement is, when the clause reader gave it no subject or a thin one.

A price-war story writes "Volta Motors cut prices of its electric models by an average of 8%" (shown "prices: 8%":
whose?), "Volta's entry model now costs 29,990 euros, down from 32,990 euros" (no subject, no direction), "the cuts
would lift its European deliveries to about 410,000 cars this year" ("cars", shown as a result), "to close two lines,
which it said would save about 90 million euros a year and affect 1,150 workers" (no subject); a jobs report "A
broader measure of underemployment, known as U-6, rose 0.2 percentage point to 7.7%" and "Revisions subtracted a
combined 48,000 jobs" (no subject, no direction); a carrier "expects its full-year fleet utilisation to average
between 88% and 91%" (no subject). Each is read here from the words right before the figure, in its sentence:
- a company at the sentence's head that cut or raised prices (fares, rates, wages) owns them;
- "X (now) costs N[, down from M]" is X's price, down (up) when the text says so;
- "would lift/raise/cut its X to N" is X's, a forecast, up or down as the verb says;
- "save … N" is savings, "affect N workers" the workers affected;
- "X, known as Y, rose …" is X (Y)'s; "losses pushed net income down 38% to $415 million" is net income's; "X subtracted N" is X's, down;
- "expects its X to average/be/reach N" is X's; "The X, which …, widened to N" is X's.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["verb_subjects"]

logger = logging.getLogger(__name__)

_DATELINE = re.compile(r"^\W*[A-Z][A-Za-z.\s]{1,40},(?:\s*[A-Z][a-z.]+,)?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]*\)\s*)?[-–—]\s*")
_APPROX = r"(?:(?:about|around|roughly|nearly|some|almost|an\s+estimated|up\s+to|as\s+much\s+as)\s+)?"
_PRICE_OWNER = re.compile(r"^(?P<who>(?:[A-Z][\w&'’.\-]*\s+){0,3}[A-Z][\w&'’.\-]*)\s+(?:cut|raised|lowered|increased|"
                          r"reduced|hiked|slashed|trimmed|lifted)\s+(?:the\s+)?(?:its\s+|their\s+)?"
                          r"(?P<what>prices|fares|rates|wages|salaries|tariffs|premiums)\b")
_COSTS = re.compile(r"(?:^|[.;,]\s+|\s-\s)(?P<what>(?:[A-Z][\w'’\-]*)(?:\s+[\w'’\-]+){0,5}?)\s+(?:now\s+)?"
                    r"(?:costs|sells\s+for|is\s+priced\s+at|retails\s+for)\s+" + _APPROX + r"$")
_LIFT = re.compile(r"\b(?P<aux>would|will|could|to)\s+(?P<verb>lift|raise|boost|increase|cut|reduce|lower|bring|push)\s+"
                   r"(?:its|their|the)\s+(?P<what>[\w\-]+(?:\s+[\w\-]+){0,4}?)\s+to\s+" + _APPROX + r"$")
_SAVE = re.compile(r"\bsav(?:e|es|ed|ing)\s+(?:the\s+company\s+|it\s+|them\s+)?(?:an?\s+)?" + _APPROX + r"$")
_AFFECT = re.compile(r"\baffect(?:s|ed|ing)?\s+" + _APPROX + r"$")
_KNOWN_AS = re.compile(r"(?:^|[.;]\s+)(?P<what>(?:A|An|The)\s+[\w\- ]{3,60}?),\s+(?:also\s+)?(?:known|called)\s+as\s+"
                       r"(?P<name>[\w\-]+),\s+(?:rose|fell|climbed|dropped|increased|decreased|edged\s+\w+|was|stood)\b"
                       r"(?:[^.;]|(?<=\d)\.(?=\d))*?$")
_SUBTRACTED = re.compile(r"^(?P<what>[A-Z][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+(?:subtracted|shaved|wiped|knocked)\s+"
                         r"(?:a\s+combined\s+|a\s+total\s+of\s+|an?\s+)?" + _APPROX + r"$")
_EXPECTS = re.compile(r"\b(?:expects?|forecasts?|sees|projects?)\s+(?:its|their|the)\s+(?P<what>[\w\-]+(?:\s+[\w\-]+){0,5}?)"
                      r"\s+to\s+(?:average|be|reach|total|come\s+in|range|stay|remain)\s+(?:at\s+|of\s+)?" + _APPROX
                      + r"(?:between\s+)?$")
# "The premium for cash copper over the three-month contract, which traders call the "squeeze spread", widened to $145"
_WHICH_ASIDE = re.compile(r"^(?P<what>(?:The|A|An|Its)\s+[^,;]{3,80}?),\s+(?:which|who|whose)\s[^;]*?,\s+[a-z]+\s+"
                          r"(?:to\s+|by\s+|at\s+)?" + _APPROX + r"$")
# "losses of $1.12 billion pushed net income down 38% to $415 million": what was pushed moved, not what pushed it.
_PUSHED = re.compile(r"\b(?:pushed|sent|drove|dragged|knocked|pulled|lifted|boosted|pushing|sending|driving|dragging)\s+"
                     r"(?P<what>(?:its\s+|the\s+|their\s+)?[\w\-]+(?:\s+[\w\-]+){0,3}?)\s+(?P<dir>down|up|lower|higher)\s+"
                     r"(?:by\s+)?(?:[\d.]+%\s+to\s+" + _APPROX + r")?[$€£]?$")
_THIN = re.compile(r"^(?:cars|vehicles|units|tons|tonnes|jobs|workers|people|shares|copies)$", re.IGNORECASE)


def _before(sentence: str, figure: Figure) -> str | None:
    at = sentence.find(figure.context) if figure.context else -1
    inner = figure.context.find(figure.text) if at >= 0 else -1
    if inner < 0:
        return None
    return _DATELINE.sub("", sentence[:at + inner])


def _read(figure: Figure, sentence: str) -> dict | None:
    before = _before(sentence, figure)
    if before is None:
        return None
    subject = (figure.subject or "").strip()
    after = sentence[sentence.find(figure.context) + figure.context.find(figure.text) + len(figure.text):]
    if (own := _PRICE_OWNER.match(before)) and subject.lower().startswith(own.group("what")) \
            and own.group("who").split()[0] not in ("The", "It", "They", "Prices"):
        who = own.group("who")
        return {"subject": f"{who}{'’' if who.endswith('s') else '’s'} {subject}".replace("’", "'")}
    if (pushed := _PUSHED.search(before)) and not subject.lower().endswith(pushed.group("what").lower()):
        what = re.sub(r"^(?:its|the|their)\s+", "", pushed.group("what"))  # ("sending its shares up 8%": shares)
        if subject.lower() == what.lower():
            return None
        return {"subject": what, "change": "down" if pushed.group("dir") in ("down", "lower") else "up"}
    if (costs := _COSTS.search(before)) and (not subject or subject.endswith(" now")):
        what = costs.group("what")
        change = "down" if re.match(r",\s*down\s+from\b", after) else "up" if re.match(r",\s*up\s+from\b", after) else None
        return {"subject": what, **({"change": change} if change else {})}
    if subject.endswith(" now") and re.search(r"\bnow\s+(?:costs|sells\s+for)\s+(?:[^,;.]|(?<=\d)[,.](?=\d))*?,\s*(?:down|up)\s+from\s+\S*$",
                                              before):
        return {"subject": subject[:-len(" now")]}  # the old price of "X now costs N, down from M"
    if (lift := _LIFT.search(before)) and (not subject or _THIN.match(subject)):
        change = "down" if lift.group("verb") in ("cut", "reduce", "lower") else "up" if lift.group("verb") in (
            "lift", "raise", "boost", "increase") else figure.change
        estimate = "forecast" if lift.group("aux") in ("would", "will") else figure.estimate
        return {"subject": lift.group("what"), "change": change, "estimate": estimate}
    if subject:
        return None
    if _SAVE.search(before):
        return {"subject": "savings", "change": None}  # (not the cut of the clause before)
    if _AFFECT.search(before) and re.search(r"(?:workers|jobs|employees|staff|people)$", figure.text):
        return {"subject": f"{figure.text.split()[-1]} affected"}
    if known := _KNOWN_AS.search(before):
        return {"subject": f"{known.group('what')} ({known.group('name')})"}
    if subtracted := _SUBTRACTED.match(before):
        return {"subject": subtracted.group("what"), "change": "down"}
    if aside := _WHICH_ASIDE.match(before):
        return {"subject": aside.group("what")}
    if expects := _EXPECTS.search(before):
        return {"subject": expects.group("what")}
    return None


def verb_subjects(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` with a subject (and a direction or forecast mark) read from the verb right before them."""
    out: list[Figure] = []
    for figure in figures:
        if figure.kind == "figure" and figure.context and 0 <= figure.sentence_index < len(sentences):
            found = _read(figure, sentences[figure.sentence_index])
            if found:
                logger.debug("subject from the verb before %s: %s", figure.text, found)
                figure = replace(figure, **found)
        out.append(figure)
    return out


# "Arden Micro and Keel Devices, were fined 86 million euros and 41 million euros respectively": one name a figure.
_NAME = r"[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3}"
_NAME_LIST = re.compile(rf"({_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})")


def respective_subjects(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` of a "…respectively" sentence named one by one after the list of names before them, when the list
    has as many names as the figures that share one subject."""
    out = list(figures)
    by_sentence: dict[int, list[int]] = {}
    for i, figure in enumerate(out):
        if figure.kind == "figure" and 0 <= figure.sentence_index < len(sentences):
            by_sentence.setdefault(figure.sentence_index, []).append(i)
    for index, members in by_sentence.items():
        sentence = sentences[index]
        if not re.search(r"\brespectively\b", sentence) or len(members) < 2:
            continue
        subject = out[members[0]].subject
        if subject is None or any(out[i].subject != subject for i in members):
            continue
        first = out[members[0]]
        at = sentence.find(first.context) + max(0, first.context.find(first.text)) if first.context else -1
        lists = list(_NAME_LIST.finditer(sentence, 0, max(at, 0)))
        if not lists:
            continue
        names = [n.strip() for n in re.split(r",\s+and\s+|,\s+|\s+and\s+", lists[-1].group(1)) if n.strip()]
        if len(names) != len(members) or len(set(names)) != len(names):
            continue
        joined = lists[-1].group(1)
        for i, name in zip(members, names, strict=True):
            named = subject.replace(joined, name) if joined in subject else name
            out[i] = replace(out[i], subject=named)
    return out
