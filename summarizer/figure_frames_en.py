"""English figures whose subject a small frame around them names, when the clause reader gave them none or one
carried from another figure of the sentence. Found by the fifteenth round of news written for the purpose
(benchmarks/data/figures_written15.json); every rule reads the sentence's own words.

- "…, after hurricane claims of about 690 million francs": an amount "of" a noun after after/following/despite/
  amid is that noun's ("hurricane claims"), not the profit the clause named before (nor that profit's period);
- "…, with the KBW regional bank index down 9.4%": "with X up/down N" is X's move;
- "The governing Unity Party fell to 29 seats … and its vote share dropped 14 points": "its" after "and" is the
  sentence head's ("The governing Unity Party's vote share"), in a story where two parties' shares are told;
- "a plan to cap credit card interest rates at 10%": the level a cap or a limit is set at is the cap's ("cap on
  credit card interest rates");
- "The share of voters who rate the economy as "good" slipped 3 points to 31%": a sentence that opens on "The
  share/proportion/number of …" and has no other subject for its figures is about that share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_second_look import figure_place
from summarizer.figure_subjects_en_elided import possessive
from summarizer.model import Figure

__all__ = ["framed_subjects"]

_APPROX = r"(?:(?:about|around|roughly|nearly|some|almost|more\s+than|an\s+estimated)\s+)?"
_AFTER_OF = re.compile(r"\b(?:after|following|despite|amid|including)\s+(?:an?\s+|the\s+)?"
                       r"(?P<what>(?:[a-z][a-z\-]*\s+){0,3}?[a-z][a-z\-]*)\s+of\s+" + _APPROX + r"$")
_WITH_MOVE = re.compile(r"\bwith\s+(?:the\s+)?(?P<what>(?:[A-Z0-9][\w&.\-]*\s+){0,4}(?:[a-z][a-z\-]*\s+){0,3}?"
                        r"[A-Za-z][\w\-]*)\s+(?P<dir>up|down|higher|lower|off)\s+" + _APPROX + r"$")
_CAP_AT = re.compile(r"\b(?P<verb>cap|caps|capped|capping|limit|limits|limited|limiting)\s+"
                     r"(?P<what>(?:[a-z][a-z\-]*\s+){0,4}?[a-z][a-z\-]*)\s+at\s+" + _APPROX + r"$")
_SHARE_OPENS = re.compile(r"^\W*(?:[A-Z][A-Za-z.\s]{1,40},[^-–—]{0,30}[-–—]\s*)?The\s+(?P<what>(?:share|proportion|percentage"
                          r"|portion|number|fraction)\s+of\s+[^,;:]{3,90}?)\s+(?:slipped|fell|rose|dropped|climbed|declined"
                          r"|increased|decreased|edged|jumped|reached|stood|was|hit)\b")
_EARLIER = re.compile(r"earlier|ago|prior|previous|last")
# "The governing Unity Party fell to 29 seats from 61 and its vote share dropped 14 points": the sentence's
# head (a capitalised name, maybe after "The" and one word) owns what "its" names after "and".
_HEAD_ACTS = re.compile(r"^\W*(?P<head>(?:The\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w&'’\-]*\s+){0,3}[A-Z][\w&'’\-]*)\s+"
                        r"(?:[a-z]+ed|fell|rose|won|lost|grew|sank|cut|kept|saw|had|made|took|sold|held|slid)\b")


_NOT_NOUNS = frozenset("it he she they we its their his her a an the was were is are had has forecast reported said".split())


def _noun_phrase(words: str) -> bool:
    """"hurricane claims", not "touching an all-time high" (an act) or "it forecast fourth-quarter revenue" (a clause)."""
    parts = words.split()
    return not parts[0].endswith("ing") and not any(word in _NOT_NOUNS for word in parts)


def _read(figure: Figure, before: str) -> dict | None:
    if (found := _AFTER_OF.search(before)) and found.group("what") not in (figure.subject or "") and _noun_phrase(
            found.group("what")):
        changes = {"subject": found.group("what")}
        if figure.period and _EARLIER.search(figure.period):
            changes["period"] = None  # ("a profit of … a year earlier, after claims of …": the profit's time)
        return changes
    if (found := _WITH_MOVE.search(before)) and found.group("what") not in (figure.subject or ""):
        return {"subject": found.group("what"),
                "change": "down" if found.group("dir") in ("down", "lower", "off") else "up"}
    if (figure.subject or "").startswith("its ") and re.search(r"\band\s+its\s", before) and (
            head := _HEAD_ACTS.match(before)):
        return {"subject": f"{possessive(head.group('head'))} {figure.subject[4:]}"}
    if figure.subject is None and (found := _CAP_AT.search(before)):
        noun = "cap" if found.group("verb").startswith("cap") else "limit"
        return {"subject": f"{noun} on {found.group('what')}"}
    if figure.subject is None and (found := _SHARE_OPENS.match(before)):
        return {"subject": re.sub(r"[\"“”]", "", found.group("what"))}
    return None


def framed_subjects(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` (English) with the subjects the frames above name."""
    out: list[Figure] = []
    for figure in figures:
        place = figure_place(figure, sentences)
        if place is not None and (changes := _read(figure, place[1])):
            figure = replace(figure, **changes)
        out.append(figure)
    return out
