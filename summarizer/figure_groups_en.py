"""English shares of a group of people, and counts that name only what they count: a subject that says
what is measured, or no key figure. Found by the fifteenth round of news written for the purpose (an
opinion poll, a drug trial, a courier: benchmarks/data/figures_written15.json); every rule reads the
sentence's own words.

- "Some 58% of registered voters oppose the plan", "54% of those aged 18 to 29 backed the cap", "4.1% of
  patients stopped treatment because of low blood pressure": the share is of the group that does what the
  verb says, "registered voters who oppose the plan" (the bare group, "respondents: 23%", or no subject at
  all told the reader nothing of what was measured);
- "Among households earning less than $50,000 a year, 41% expect their finances to worsen": the group opens the
  sentence, the verb follows the share ("households earning … who expect their finances to worsen");
- "…, compared with 72% of Republicans and 43% of Democrats", "versus 17.9% on placebo", "against 29% of
  those over 65": the same measure in another group, so the figure before in the sentence lends its measure
  ("opposition (among Republicans)", "those over 65 who backed the cap", "The primary endpoint (on placebo)");
- "while 6% were undecided": a share whose clause says only what its people were is that ("undecided");
- "Some 58% of voters oppose …, up from 49% in January": a subject that is only another figure of the sentence
  ("Some 58%: 49%") is that figure's measure;
- "The governing Unity Party fell to 29 seats from 61": a bare count whose subject does not say what it counts
  takes the noun written after it ("The governing Unity Party's seats");
- "against 29% of those over 65": an age that bounds a group is no figure;
- "which now come from 52 markets", "sold in 30 countries": a count after a preposition whose subject is the
  very noun it counts names nothing measured ("markets: 52"), and is no key figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_second_look import figure_place
from summarizer.figure_subjects_en_elided import possessive
from summarizer.model import Figure

__all__ = ["group_subjects"]

_PEOPLE = (r"voters|respondents|adults|people|patients|households|consumers|Americans|Britons|those|Republicans|Democrats"
           r"|independents|men|women|members|workers|employees|customers|users|investors|participants|residents"
           r"|families|shoppers|drivers|owners|renters|buyers|parents|citizens|students|children|teenagers|subjects"
           r"|managers|executives|companies|firms|businesses|CEOs|economists|analysts|doctors|nurses|teachers|tenants"
           r"|retirees|adults|youths|landlords|homeowners|[a-z]+(?:ers|ists|ians)")
_VERBS = (r"oppose[sd]?|opposing|support(?:ed|s)?|back(?:ed|s)?|favou?r(?:ed|s)?|approve[sd]?|disapprove[sd]?|said|say"
          r"|says|expect(?:ed|s)?|plan(?:ned|s)?|stopped|stop|reported|rate[sd]?|view(?:ed)?|believe[sd]?|think|thought"
          r"|want(?:ed|s)?|prefer(?:red|s)?|chose|choose|voted|vote|intend(?:ed|s)?|understood|understand|agree[sd]?"
          r"|disagree[sd]?|experienced|developed|died|responded|completed|received|bought|used|trust(?:ed)?|fear(?:ed)?"
          r"|worr(?:y|ied)|describe[sd]?|called|blame[sd]?|saw|see|feel|felt|named|picked|cited|reached|needed")
# "58% of registered voters oppose the administration's plan …" (the group: up to six words, no comma)
_OF_GROUP_DOES = re.compile(r"^\s+of\s+((?:the\s+|all\s+)?(?:[A-Za-z'\-]+|\d+)(?:\s+(?:[A-Za-z'\-]+|\d+)){0,5}?)\s+("
                            + _VERBS + r")\b([^,;:.]*)")
_PEOPLE_END = re.compile(r"\b(?:" + _PEOPLE + r")(?:\s+(?:aged|over|under)\b.*)?$", re.IGNORECASE)
_ENDS = re.compile(r"\s+(?:because|after|before|while|when|since|compared|versus|against|than|and|but|as|if|so)\b.*$")
_TRAILING = re.compile(r"(?:\s+(?:the|a|an|how|to|of|that|their|its|his|her|at|in|for|with|on|by|from|whether|if|next|this"
                       r"|last))+$")
# "compared with 72% of Republicans", "versus 17.9% on placebo", "against 29% of those over 65", "and 32.8% of …"
_COMPARED_BEFORE = re.compile(r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|,?\s+and|\bwhile)\s+(?:about\s+|some\s+|just\s+|only\s+)?$")
_IN_GROUP_AFTER = re.compile(r"^\s+(of|on|in|among)\s+((?:the\s+)?[A-Za-z'\-]+(?:\s+(?:[A-Za-z'\-]+|[$€£]?\d+(?:[,.]\d+)*)){0,4}?)(?=\s*(?:[,;.(]|$|\s+(?:and|while|but|compared|versus)\b))")
# A time is no group: "compared with 23.9% in the same quarter last year", "… in the third quarter"
_TIME_WORDS = re.compile(r"\b(?:quarter|year|month|week|day|period|half|season|January|February|March|April|May|June|July"
                         r"|August|September|October|November|December|(?:19|20)\d\d)\b", re.IGNORECASE)
_WERE_WHAT = re.compile(r"^\s+(?:were|are|remained|remain|was|is)\s+([a-z]+)(?=\s*(?:[,;.]|$|\s+and\b))")
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s*(?:while|and|but|whereas)?|\b(?:while|whereas)|\.)\s*(?:about\s+|some\s+|only\s+|just\s+)?$")
# "against 29% of those over 65", "adults aged 18": an age that bounds a group is no figure.
_AGE_BEFORE = re.compile(r"\b(?:those|people|adults|voters|respondents|patients|men|women|Americans|aged|ages)\s+(?:aged\s+)?"
                         r"(?:over|under|above|below|older\s+than|younger\s+than)?\s*$")
# What a bare count counts, written right after it ("29 seats"); not a time, a unit or a measure word.
_COUNTED = re.compile(r"\s+(?!(?:years|months|weeks|days|hours|minutes|times|points|percent|cents|basis|shares|bps)\b)"
                      r"([a-z]{3,}s)\b(?!['’])")
_COUNT_AFTER_PREPOSITION = re.compile(r"\b(?:from|in|across|into|over)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?$")


# A measure that is itself a group ("patients on the drug"): another group compared with it is no measure of it.
_GROUP_MEASURE = re.compile(r"(?:the\s+)?(?:[a-z\-]+\s+)?(?:" + _PEOPLE + r")\b", re.IGNORECASE)


_SAYING = re.compile(r"^(?:said|say|says|think|thought|believe[sd]?|feel|felt)$")
_CLAUSE_OPENER = re.compile(r"\s+(?:that|how|whether|what|why|when|if)\b.*$")


def _predicate(verb: str, rest: str) -> str | None:
    """The verb and up to four words after it; None for a verb of saying whose words do not end in that span
    ("70 percent of Americans say that the offense … was wrong": "who say that the offense" would misstate it)."""
    rest = _ENDS.sub("", rest).strip()
    if _SAYING.match(verb):
        cut = _CLAUSE_OPENER.sub("", " " + rest).strip()
        if not cut or len(cut.split()) > 4 or (cut == rest.strip() and len(rest.split()) > 4):
            return None
        rest = cut
    words = (verb + " " + rest).split()[:5]
    return _TRAILING.sub("", " ".join(words))


# "Among households earning less than $50,000 a year, 41% expect their finances to worsen": the group before,
# the verb right after the share.
_AMONG_BEFORE = re.compile(r"(?:^|[.;]\s*)\W*Among\s+(?P<group>(?:[^,;]|(?<=\d),(?=\d)){3,60}),\s*(?:some\s+|about\s+|only\s+|just\s+)?$")
_DOES_AFTER = re.compile(r"^\s+(" + _VERBS + r")\b([^,;:.]*)")


def _group_share(after: str, before: str = "") -> tuple[str, str] | None:
    """(group, predicate) of "of <people> <verb> …" right after a share, or of "Among <group>, N% <verb> …"."""
    among = _AMONG_BEFORE.search(before) if before else None
    if among and (does := _DOES_AFTER.match(after)):
        predicate = _predicate(does.group(1), does.group(2))
        return (among.group("group").strip(), predicate) if predicate else None
    found = _OF_GROUP_DOES.match(after)
    if found is None or not _PEOPLE_END.search(found.group(1)):
        return None
    predicate = _predicate(found.group(2), found.group(3))
    return (found.group(1).strip(), predicate) if predicate else None


def group_subjects(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` (English) with the subjects above, or made ids when they name nothing measured."""
    out: list[Figure] = []
    # The last share of a sentence: its sentence, its subject, and (group, predicate) when read here.
    last: tuple[int, str, tuple[str, str] | None] | None = None
    for figure in figures:
        place = figure_place(figure, sentences)
        if place is None:
            out.append(figure)
            continue
        _, before, after = place
        share = figure.unit == "%" or figure.text.endswith(("%", "percent"))
        info: tuple[str, str] | None = None
        measure = figure.subject  # what a later "compared with N% of …" of the sentence measures
        if last is not None and last[0] != figure.sentence_index:
            last = None
        if share and last is not None and re.search(r"\b(?:up|down)\s+from\s+(?:about\s+|some\s+)?$", before):
            info = last[2]  # "41% of renters oppose …, up from 35%": the same measure, before
            measure = last[1]
            figure = replace(figure, subject=last[1])
        elif share and (group := _group_share(after, before)):
            info = group
            figure = replace(figure, subject=f"{group[0]} who {group[1]}")
        elif share and last is not None and _COMPARED_BEFORE.search(before) and (other := _IN_GROUP_AFTER.match(after)) \
                and not _TIME_WORDS.search(other.group(2)) and (last[2] is not None or not _GROUP_MEASURE.match(last[1])):
            preposition, group_words = other.group(1), other.group(2)
            if last[2] is not None:
                # ("… of homeowners": another group; "… on placebo", "in the control arm": the same people elsewhere)
                info = (group_words if preposition in ("of", "among") else f"{last[2][0]} {preposition} {group_words}",
                        last[2][1])
                figure = replace(figure, subject=f"{info[0]} who {info[1]}")
            else:
                measure = last[1]
                figure = replace(figure, subject=f"{measure} ({'among' if preposition == 'of' else preposition} {group_words})")
        elif share and _OPENS_CLAUSE.search(before) and (what := _WERE_WHAT.match(after)):
            figure = replace(figure, subject=what.group(1))
        elif not share and figure.unit is None and _AGE_BEFORE.search(before) and not re.match(r"\s*(?:million|billion)", after):
            figure = replace(figure, kind="id", rank=None)  # an age: who the group is, not a measure of it
        elif not share and figure.unit is None and figure.subject and (noun := _COUNTED.match(after)) and \
                not isinstance(figure.value, tuple) and noun.group(1).rstrip("s") not in figure.subject.lower() and \
                not _COUNT_AFTER_PREPOSITION.search(before) and len(figure.subject.split()) <= 6 and \
                re.search(r"\s[A-Z]", figure.subject):  # a name owns counts; a metric ("Backlog: 6,720") counts its unit
            # "The governing Unity Party fell to 29 seats from 61": the party's seats ("The governing Unity Party: 29"
            # said 29 of what?)
            figure = replace(figure, subject=f"{possessive(figure.subject)} {noun.group(1)}")
        elif not share and figure.unit is None and figure.subject and _COUNT_AFTER_PREPOSITION.search(before) and \
                re.match(r"\s+" + re.escape(figure.subject) + r"\b", after):
            figure = replace(figure, kind="id", rank=None)  # "from 52 markets": what of them, the text does not say
        if share and figure.subject and (measure or info):
            last = (figure.sentence_index, measure if info is None else figure.subject, info)
        out.append(figure)
    return _numbers_as_subjects(out)


_NUMBER_SUBJECT = re.compile(r"^(?:(?:some|about|around|nearly|roughly|almost|just|only)\s+)?[$€£]?[\d.,]+\s?(?:%|percent)?$",
                             re.IGNORECASE)


def _numbers_as_subjects(figures: list[Figure]) -> list[Figure]:
    """"Some 58% of voters oppose …, up from 49% in January": the 49% was read with "Some 58%" for a subject. A
    subject that is another figure of the sentence is that figure's measure; a subject that is only a number is none."""
    out = list(figures)
    for i, figure in enumerate(out):
        if figure.kind != "figure" or not figure.subject or not _NUMBER_SUBJECT.match(figure.subject.strip()):
            continue
        other = next((f for f in out if f is not figure and f.sentence_index == figure.sentence_index
                      and f.kind == "figure" and f.text and f.text in figure.subject and f.subject
                      and not _NUMBER_SUBJECT.match(f.subject.strip())), None)
        out[i] = replace(figure, subject=other.subject if other else None)
    return out
