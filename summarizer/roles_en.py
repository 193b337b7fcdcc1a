"""English-only reading of a line's role (see summarizer.roles): what in an English line
looks like a figure but names something, and what a reporter writes as colour rather than
as the news.

Kept apart from roles.py so the English rules can be read, tested and changed without
touching the Chinese ones; every function here leaves a line with Han characters alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from summarizer.datelines import without_dateline
from summarizer.names_zh import without_name_numbers_zh
from summarizer.openers import looks_back

__all__ = ["SCENE_LINES", "letter_weights", "moves_to_level", "opening_scene", "opens_on_scene", "opens_with_quote",
           "without_asides", "without_name_numbers", "without_spans"]

_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# A number that is part of a name, not a quantity:
# - glued to letters: LHT-204, A320, F-35, COVID-19, G7, HARBOR-2, FY2025;
# - a capitalized word and a bare integer: Phase 3, Boeing 737, S&P 500, Chapter 11, Windows 11.
# Written quantities after a capitalized word are left alone ("About 200 staff", "Nearly 300
# districts", "Only 22,000 jobs"): the word is a quantity word or the number has a unit.
_GLUED_RE = re.compile(r"(?<![\w$€£¥.])[A-Za-z][A-Za-z&]*-?\d+(?:[A-Za-z]+\b)?(?![\d.,]*\d)(?!\s*%)")
_QUANTITY_WORDS = frozenset(
    """about above after almost approximately around at before below by during each every fewer for from
    in just last least less more most nearly next of on only or over per roughly since some than the
    to top under until up down with within and but all another any another both either estimated
    exactly first its their his her our another these those this that only some""".split()
)
_NAMED_RE = re.compile(
    r"(?<![\w$€£¥])([A-Z][A-Za-z&]*)\s(\d{1,4})(?![\d.,]*\d)"
    r"(?!\s*(?:%|percent|per\s?cent|million|billion|trillion|bn|mn|m\b|k\b|points?|basis|bps|pounds?|"
    r"dollars?|euros?|yen|yuan|francs?|pesos?|rupees?|cents?|p\.m\.|a\.m\.|pm\b|am\b))"
)


def without_name_numbers(text: str) -> str:
    """`text` with the numbers of names (LHT-204, Phase 3, S&P 500) blanked out.

    A drug code, a model number or an index name is not a figure: counted as one, a
    sentence that merely names the drug passed for a stated result, two sentences naming
    it passed for the same fact told twice (only one of them could be a key sentence), and
    "…announced topline results from its Phase 3 trial" passed for a line with a figure.
    """
    if _HAN_RE.search(text):
        return without_name_numbers_zh(text)  # "金禾食品（002867）", "5G": names, not figures
    text = _GLUED_RE.sub(" ", text)

    def named(match: re.Match[str]) -> str:
        return match.group(0) if match.group(1).lower() in _QUANTITY_WORDS else match.group(1) + " "

    return _NAMED_RE.sub(named, text)


# A line that opens with a quotation and closes it after its own punctuation ("…too quickly,"
# he said; ‘We will win,’ she said): the speaker's words. A quoted word that opens a line
# ("“Simplifying” was the word the company used") or an elided year ('90s) is no quotation.
_QUOTE_OPEN_RE = re.compile(r"^\s*[\"“‘']")
_QUOTE_CLOSE_RE = re.compile(r"[,.!?…][\"”’']")


def opens_with_quote(text: str) -> bool:
    """A line that opens with a direct quotation ("“We can't cut rates too quickly,” he said.").

    Reporters state the facts in their own words and quote a person for the reaction,
    the colour or the claim; a quote opening the line is rarely the point of the story
    (on the English main-point sets 4 of 71 such lines carry a main point, half the
    rate of other lines).
    """
    if _HAN_RE.search(text) or not _QUOTE_OPEN_RE.match(text):
        return False
    return bool(_QUOTE_CLOSE_RE.search(text.strip()[1:]))


# A feature opens on a scene: a clause of time or place, then someone doing something
# ("When the lights came on in the village last March, a tailor stayed up…", "On a grey
# morning at the market, a fishmonger…", "It was just after dawn when…").
_SCENE_OPENER_RE = re.compile(
    r"^(?:When|On an? (?:\w+ )?(?:morning|afternoon|evening|night|day)|"
    r"One (?:morning|afternoon|evening|night|day)|Early (?:one|on an?)|Late (?:one|on an?)|"
    r"It was (?:a|an|just|almost|nearly) )\b[^,;:]{8,},"
    # Or at an hour of the day ("Just after dawn, a queue of containers…", "Shortly before midnight,
    # the last ferry…"): the English twin of "早上七点半，…" (summarizer.openers).
    r"|^(?:(?:Just|Shortly|Soon|Long|Well|An hour|Hours) )?(?:after|before) (?:dawn|daybreak|sunrise|"
    r"sunup|sunset|sundown|dusk|nightfall|midnight|noon)[^,;:]{0,40},"
    r"|^(?:At|By) (?:dawn|daybreak|sunrise|sunset|dusk|nightfall|first light)[^,;:]{0,40},"
    # or on the clock ("At 11 p.m., the parking lot…", "Shortly after 6 a.m., …"): its hour is no figure (`without_spans`)
    r"|^(?:(?:Just|Shortly|Soon|Well) (?:after|before) |At |By |Around |About )\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b|o'clock|o’clock)[^,;:]{0,40},"
    # A feature's return to its scene at the end ("Back on the quay, Verhagen points to…").
    r"|^Back (?:on|at|in|inside|outside) (?:the|his|her|their) [^,;:]{1,30},"
    # A habit ("Every morning for 27 years, harbour master Elin Dahl has watched…") or a vantage point
    # ("From the deck of his 106-year-old schooner, skipper Wade Bassi…"): a person in a place all the same.
    r"|^(?:Every|Each) (?:morning|afternoon|evening|night|day|dawn|summer|winter|spring|autumn)\b[^,;:]{0,40},"
    r"|^From (?:the|his|her|their) (?:deck|window|porch|balcony|cab|cockpit|bench|doorway|stall|bridge) of\b[^;:]{0,120},"
)


def opens_on_scene(text: str) -> bool:
    """A line that opens on a scene, as features open, rather than on the news; after a wire
    dateline too ("KANSAS CITY, Mo. — Just after dawn, …" opens on the scene all the same)."""
    return not _HAN_RE.search(text) and bool(_SCENE_OPENER_RE.match(without_dateline(text, "en")))


# How long someone has done something or how old a thing is: "for 27 years", "his 106-year-old schooner",
# "a 40-minute drive". In a scene, colour rather than a figure of the news (`without_spans`).
# A clock time ("At 11 p.m., the parking lot…", "by 6:30 a.m.") sets the scene's hour: colour too.
_SPAN_RE = re.compile(r"\b\d+(?:-| )(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)(?:-old|-long)?\b"
                      r"|\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[ap]m\b|o'clock\b|o’clock\b)")


def without_spans(text: str) -> str:
    """`text` with its ages, durations and clock times ("for 27 years", "106-year-old", "at 11 p.m.") blanked out: what is left
    tells whether an opening scene states any figure of the news (summarizer.roles)."""
    return _SPAN_RE.sub(" ", text)


# How many lines an opening scene runs: the scene, the person's moment, often a quote; the
# nut graf ("Her village is one of more than 300 communities…") follows.
SCENE_LINES = 3


def opening_scene(texts: Sequence[str], shown: Sequence[bool], no_fact: Sequence[bool],
                  figured: Sequence[bool] = ()) -> list[int]:
    """The lines of a feature's opening scene: the first line that may be shown, when it opens
    on a scene and states no fact (`opens_on_scene`; summarizer.roles counts a scene's ages and
    durations, `without_spans`, as no fact), and the lines that continue it, up to SCENE_LINES in all.

    Hard news opens on the news; a feature opens on a person in a place and states its point
    a few lines later. Read as news, the scene's lines win the lead's place, and the point
    is missed. A feature may also open by looking back ("For most of the last century, the
    mill defined the town.", summarizer.openers.looks_back). A look back, and a scene under a
    wire dateline, run on until the first line stating a result with its figure (`figured`),
    which is where the news starts ("The vacancy rate reached a record 21.4%…" right after
    "Three years after…"; a wire story's "…cut its full-year profit forecast…, sending its
    shares down 9%" right after its scene in a beer garden). A feature's own scene keeps its
    lines, figures and all ("her lease of 31 years would not be renewed").
    """
    lines = [i for i, show in enumerate(shown) if show]
    if not lines or not no_fact[lines[0]]:
        return []
    first = texts[lines[0]]
    wire = without_dateline(first, "en") != first  # a wire story gets to its news sooner than a feature
    if not opens_on_scene(first) and not looks_back(first):
        return []
    ends_at_result = wire or not opens_on_scene(first)
    scene = []
    for i in lines[:SCENE_LINES]:
        if scene and ends_at_result and figured and figured[i]:
            break
        scene.append(i)
    return scene


# An advice column ("DEAR ABBY: My husband … -- FEELING LIKE SECOND RATE" / "DEAR FEELING: Of course …"):
# each reader's letter opens with its salutation and ends with a signed pen name; the columnist's answer
# opens with the pen name as its salutation.
_SALUTATION_RE = re.compile(r"^(?:DEAR|Dear|Hi|Hello),? ([A-Z][\w.'’ -]{0,40}):")
_SIGNATURE_RE = re.compile(r"^\s*(?:--|—|–)\s*([A-Z][\w.'’-]*)")
LETTER_FACTOR = 0.2  # a letter's line weighs as a line stating no fact (FastConfig.no_fact_factor)


def letter_weights(texts: Sequence[str], lang: str) -> np.ndarray:
    """LETTER_FACTOR for the lines of a reader's letter in an advice column, 1 elsewhere.

    The letter asks; the answer is what the column says ("you should have notified the police"). Read
    as news, the letter's first line, a story told in the first person, won the lead's place and the
    answers were missed. A letter is a block from a salutation to a signed pen name ("-- CONCERNED
    SISTER"), answered by a salutation to that pen name ("DEAR CONCERNED SISTER:", "Dear Concerned:");
    letters to an editor, signed with names and answered by no one, are left as they are.
    """
    weights = np.ones(len(texts))
    if lang != "en":
        return weights
    starts = [(i, m.group(1)) for i, text in enumerate(texts) if (m := _SALUTATION_RE.match(text.strip()))]
    for (start, _), (end, answered) in zip(starts, starts[1:]):
        signed = [(i, m.group(1)) for i in range(start + 1, end) if (m := _SIGNATURE_RE.match(texts[i]))]
        if signed and answered.split()[0].lower() == signed[0][1].lower():  # the answer names the letter's writer
            weights[start:signed[0][0] + 1] = LETTER_FACTOR
    return weights
    starts = [i for i, text in enumerate(texts) if _SALUTATION_RE.match(text.strip())]
    if len(starts) < 2:
        return weights
    for start, end in zip(starts, [*starts[1:], len(texts)]):
        signed = [i for i in range(start + 1, end) if _SIGNATURE_RE.match(texts[i])]
        if signed and end < len(texts):  # a letter, and an answer follows it
            weights[start:signed[0] + 1] = LETTER_FACTOR
    return weights


# A clause that describes a name rather than telling the news: ", which reported revenue of 21 billion euros
# last year," and, after the line's opening name, ", a mostly Muslim nation of about 11 million people,".
_RELATIVE_ASIDE_RE = re.compile(r",\s(?:which|who|whose)\s[^,;]{1,120},")
_APPOSITIVE_RE = re.compile(r"^((?:[A-Z][\w'’.&-]*\s?){1,4}),\s(?:a|an)\s[^,;]{1,100},")


def without_asides(text: str) -> str:
    """An English line without the clauses that describe its names."""
    return _APPOSITIVE_RE.sub(r"\1", _RELATIVE_ASIDE_RE.sub("", text))


# A change told by its verb and the level or amount it reached: "…, taking its total pipeline to 12 gigawatts",
# "Engineers had restored power to about 25,000 homes", "would raise output by 137,000 barrels a day". The
# verbs are not result words by themselves ("took office", "added that …"); with "to"/"by" and a number
# that is no year, they state a result.
_LEVEL_CHANGE_RE = re.compile(
    r"\b(?:rais(?:e[sd]?|ing)|lift(?:s|ed|ing)?|tak(?:e[sn]?|ing)|took|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|"
    r"restor(?:e[sd]?|ing)|expand(?:s|ed|ing)?|increas(?:e[sd]?|ing)|reduc(?:e[sd]?|ing)|boost(?:s|ed|ing)?|add(?:s|ed|ing)?)"
    r"\b[^.;,]{0,40}?\b(?:by|to)\s(?:(?:about|around|nearly|almost|roughly|more\sthan|some)\s)?[$€£¥]?(?!(?:19|20)\d\d\b)\d",
    re.IGNORECASE,
)


def moves_to_level(text: str) -> bool:
    """An English line that states a change by its verb and the level it reached or the amount it moved by."""
    return bool(_LEVEL_CHANGE_RE.search(text))
