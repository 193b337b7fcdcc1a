"""What an English change noun measures: "reported a 12% rise in fourth-quarter revenue".

The figure in "a 12% rise in revenue" is the change of revenue, so the subject a reader needs is
the thing that rose ("revenue"), owned by the company that reported it when the clause names one
("Harbor Logistics' revenue"). "a 3% drop in the first quarter" names when, not what: no subject
is read from it here (the caller falls back to its other rules).
"""

from __future__ import annotations

import logging
import re

from summarizer.figure_lexicon import (
    CHANGE_EN,
    EN_PRONOUN_SUBJECTS,
    EN_STOP_NP,
    EN_VERBS,
    PERIOD_RE,
)
from summarizer.figure_subjects_en_elided import possessive

logger = logging.getLogger(__name__)

_CHANGE_IN_RE = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:rise|increase|gain|jump|surge|climb|growth|rebound|boost|improvement"
    r"|drop|decline|fall|decrease|slump|slide|plunge|dip|reduction|cut|contraction)s?\s+in\s+"
    r"(?P<pronoun>its\s+|their\s+|the\s+)?(?P<rest>.+)$", re.DOTALL)
# "in the first quarter", "in March", "in 2025", "in early trading": when or where, not what.
_WHEN_RE = re.compile(
    r"(?:the\s)?(?:(?:first|second|third|fourth|fiscal|latest|past|last|next|same|final|current|previous|prior)"
    r"(?:\s|$)|(?:quarter|half|year|month|week|period|session|day)s?\b|\d|Q[1-4]\b|H[12]\b"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|early|late|mid|recent|after-hours|premarket"
    r"|pre-market|extended|trading|value|volume|terms|total|all|both|each|line|part|response|price)\b",
    re.IGNORECASE)
# The clause's subject reports, posts or sees the change: "Harbor Logistics (HBL.N) on Tuesday reported a".
_OWNER_RE = re.compile(
    r"^(?P<owner>[A-Z][\w&.'’\-]*(?:\s+(?:[A-Z][\w&.'’\-]*|&|of|de|and))*?)\s*(?:\([^)]{1,30}\)\s*)?"
    r"(?:,[^,]{1,60},\s*)?(?:on\s+[A-Z]\w+\s+)?"
    r"(?:said\s+(?:that\s+)?(?:it|its\s+\w+)\s+(?:had\s+|has\s+|will\s+|would\s+|expects?\s+to\s+|expected\s+)?\w+"
    r"|(?:reported|posted|recorded|logged|booked|saw|sees|announced|delivered|notched|registered|reports|posts|records"
    r"|forecast|forecasts|expects|expected|projected|projects|predicted|flagged|unveiled|had|has|suffered|enjoyed))"
    r"(?:\s+on\s+[A-Z]\w+)?\s+(?:an?|the)$")  # "reported on Tuesday a"
_PEOPLE_RE = re.compile(
    r"(?:[A-Za-z\-]+(?:ists|ers|ors|ants|ians)|People|Officials|Sources|Executives|Insiders|Experts|Investors"
    r"|Economists|Analysts|Observers|Critics|Others|Some|Many|The|This|That|These|Those|It|Its|There)$")


_GENERIC = frozenset("number value price cost level amount share volume size count".split())


# "grew 24% and now accounts for": a figure, then a verb of its own, starts another statement.
EN_OTHER_STATEMENT_RE = re.compile(
    r"\d[^,;]*?\b(?:accounts?|accounted|represents?|represented|makes?|made|stands?|stood|is|are|was|were|has|have|had"
    r"|holds?|held|remains?|remained|totals?|totaled|reached|reaches|equals?|equaled)\b", re.IGNORECASE)
# "edged up to 5.0%", "ticked up to": a verb moved the value up there ("up to £2 billion" alone is a bound).
EN_MOVED_UP_RE = re.compile(
    r"\b(?:edg|tick|mov|inch|creep|crept|climb|rose|rise|jump|shot|went|go|push|revis|bump|ratchet|nudg|step)\w*\s+$",
    re.IGNORECASE)
EN_GROWTH_NAMES_RE = re.compile(
    r"\s+(?:forecasts?|outlook|targets?|estimates?|projections?|expectations?|guidance|view)\b", re.IGNORECASE)
# "rose to second", "climbed to No. 3", "moved up to the top spot": the change word moved a rank.
EN_RANK_AFTER_RE = re.compile(
    r"\s+(?:up\s+)?to\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|top|No\.\s?\d+|number\s\w+)\b",
    re.IGNORECASE)
# "cut its forecast for economic growth to 1.6%": the growth is what was forecast; the verb moves it.
EN_FORECAST_FOR_RE = re.compile(
    r"\b(?:forecasts?|outlook|targets?|estimates?|projections?|expectations?|guidance|view)\s+for\s+"
    r"(?:(?:the|its|their|[a-z]+(?:al|ic|ed))\s+){0,2}$", re.IGNORECASE)
# "cut its forecast for next year to 1.6% and now sees unemployment rising to 4.6%": a new outlook, not dated by it.
# What a change is measured against comes after these words. ("up 18% on fiscal 2025", "down 4% on the previous
# year": in British and Australian copy a change "on" a period is measured against it, as "from" one is.)
EN_COMPARED_RE = re.compile(r"(?:\b(?:from|than|over|versus|vs\.?|compared\s(?:with|to)|against)|(?:%|\bper\s?cent|\bpoints?)\s+on)\s*$",
                            re.IGNORECASE)
EN_NEW_OUTLOOK_RE = re.compile(r"\b(?:and|while|but)\s+(?:now\s+|also\s+)?(?:sees|saw|expects|expected|forecasts|projects"
                                r"|projected|predicts|predicted)\b")

# The past a number is dated to when it is written right after it.
_EN_PAST_DATE = (r"(?:in\s+)?(a\syear\s(?:earlier|ago|before)|the\syear\s(?:before|earlier)"
                 r"|the\s(?:previous|prior)\s(?:year|quarter)|the\ssame\s(?:period|quarter)\s(?:of\s|in\s)?(?:last\syear|(?:19|20)\d\d)"
                 r"|the\s(?:year-ago|prior-year|year-earlier)\s(?:period|quarter))\b")
EN_BASE_DATED_RE = re.compile(r"(?:\s+(?:a|per)\s+share)?(?:,\s*or\s+[^,;.]{1,40}?)?,?\s+" + _EN_PAST_DATE)
# "more than double the $612 million it earned a year earlier", "the 4.58 billion pounds it made a
# year before": a past value, named by what was earned then, not a result of the sentence's period.
EN_PAST_VALUE_RE = re.compile(
    r"(?:\s+(?:net\s+)?(?:loss|profit|income|revenue|sales|earnings))?"  # "the $288 million loss it posted a year earlier"
    r"\s+(?:that\s+)?(?:it|they|the\s(?:company|bank|group|firm|carrier|lender|insurer))\s+(?:had\s+)?"
    r"(?:earned|made|reported|posted|recorded|booked|generated|had|lost|sold|shipped|delivered)"
    r"(?:\s+(?:a|per)\s+share)?,?\s+" + _EN_PAST_DATE)
# "versus a profit of $112 million, or 91 cents, a year earlier": a named base, dated after it.
EN_VERSUS_NAMED_RE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to))\s+an?\s+[a-z\- ]{0,30}"
                                r"(?:\s[$€£]?[\d.,]+[^,;]{0,20},\s*or\s+)?$")

def _thing(rest: str) -> str | None:
    """The noun phrase after "in": words up to a preposition, verb or punctuation ("shares of X" kept whole)."""
    words: list[str] = []
    raw = rest.split()
    for position, token in enumerate(raw):
        word = token.strip("“”\"")
        bare = word.lower().rstrip(",.;:")
        if bare == "of" and words and words[-1].lower() in _GENERIC and position + 1 < len(raw):
            tail_np = _thing(" ".join(raw[position + 1:position + 4]))
            if tail_np:
                words += ["of", tail_np]  # "the number of branches"
            break
        if bare == "of" and words and position + 1 < len(raw) and raw[position + 1][:1].isupper():
            # "shares of Tidewell Bank": the owner named after the thing.
            tail: list[str] = []
            for name in raw[position + 1:position + 5]:
                clean = name.rstrip(",.;:")
                if not clean[:1].isupper() and clean not in ("&", "de", "of"):
                    break
                tail.append(clean)
                if clean != name:
                    break
            if tail:
                words += ["of", *tail]
            break
        if not bare or bare in EN_STOP_NP or bare in EN_VERBS or not re.match(r"[\w$]", word):
            break
        words.append(word.rstrip(",.;:"))
        if word != word.rstrip(",.;:") or len(words) == 4:
            break
    return " ".join(words) if words else None


def _owner(prefix: str) -> str | None:
    """The company named as the clause's subject, when it is a proper name ("Harbor Logistics")."""
    m = _OWNER_RE.match(prefix.strip())
    if not m:
        return None
    owner = m.group("owner").strip()
    if owner.lower() in EN_PRONOUN_SUBJECTS or _PEOPLE_RE.search(owner) or len(owner.split()) > 6 \
            or owner.split()[0].lower() in EN_STOP_NP:
        return None
    return owner


def en_change_subject(prefix: str, after: str) -> str | None:
    """"Harbor Logistics reported a" + " rise in fourth-quarter revenue to $4.3 billion" ->
    "Harbor Logistics' fourth-quarter revenue"; None when the words after "in" name a period.

    `prefix` is the clause before the figure (dateline and periods blanked), `after` the text after it.
    """
    if not re.search(r"\b(?:a|an|the)\s*$", prefix):
        return None
    m = _CHANGE_IN_RE.match(after)
    if not m:
        return None
    rest = m.group("rest")
    period = PERIOD_RE.match(rest)
    # "fourth-quarter revenue": a period in front of a noun only says which revenue.
    if _WHEN_RE.match(rest) or (period and not re.match(r"[\s\-]*[a-z]", rest[period.end():])) or (
            period and (rest[period.end():].split() or [""])[0].lower().strip(",.;:") in EN_STOP_NP | EN_VERBS):
        return None
    thing = _thing(rest)
    if not thing or PERIOD_RE.fullmatch(thing):
        return None
    if " of " in thing and thing.split(" of ", 1)[1][:1].isupper():
        return thing  # "shares of Tidewell Bank" names its owner
    owner = _owner(prefix)
    return f"{possessive(owner)} {thing}" if owner else thing


# Measures where better is lower: "churn improved to 0.81%" fell, "the combined ratio deteriorated" rose.
_LOWER_BETTER_RE = re.compile(r"\b(?:churn|combined\s+ratio|cost(?:-to-income)?\s+ratio|expense\s+ratio|loss\s+ratio"
                              r"|non-performing|NPL|unemployment|jobless|default\s+rate|delinquenc)", re.IGNORECASE)
_BETTER_RE = re.compile(r"\b(improv|deteriorat)\w*", re.IGNORECASE)


def better_is_lower(before: str, subject: str | None, change: str | None) -> str | None:
    """The direction of a change told by "improved" or "deteriorated" (read as up and down) for a
    measure where better is lower (churn, a combined or cost ratio, non-performing loans,
    unemployment): improving there is going down. `before` is the clause up to the figure."""
    if change not in ("up", "down") or not _LOWER_BETTER_RE.search(subject or ""):
        return change
    better = _BETTER_RE.search(before)
    if not better:
        return change
    return "down" if better.group(1).lower() == "improv" else "up"


def en_change_hits(before: str, shadow: str, end: int, *, money: bool, lead: str = "") -> list[re.Match[str]]:
    """The change words in `before` (the last words before a figure ending at `end` of `shadow`;
    `lead`: the word before them) that state the figure's own change: not a bound ("up to"), a rank,
    another statement, what a thing is able to reach, a participle naming a noun, or money raised
    (`money`: the figure's unit)."""
    return [h for h in CHANGE_EN.finditer(before)
            if not (h.group().lower() == "up" and (re.fullmatch(r"\s+to\s*", before[h.end():])
                                                   or re.search(r"\b(?:ma(?:ke|kes|de|king)|rack(?:ed|s|ing)?|r[au]n(?:s|ning)?|sign(?:ed|s|ing)?|t(?:ake[sn]?|ook|aking))\s+$", before[:h.start()]))
                    and not EN_MOVED_UP_RE.search(before[:h.start()]))
            and not EN_RANK_AFTER_RE.match(before, h.end())
            and not EN_OTHER_STATEMENT_RE.search(before[h.end():])
            # "rose to 3.1% and 40% of firms expect more": a share named after it, past another figure, is not moved.
            and not (re.search(r"\d", before[h.end():])
                     and re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?[a-z]", shadow[end:]))
            # "cut their growth forecast to 1.1%": growth names the forecast; the verb says where it went.
            and not (h.group().lower() == "growth" and (EN_GROWTH_NAMES_RE.match(before, h.end())
                                                         or EN_FORECAST_FOR_RE.search(before[:h.start()])))
            # "won a contract for $450 million": a noun; "the economy will contract 1%": a verb right before it.
            and not (h.group().lower() in ("contract", "contracts")
                     and not re.fullmatch(r"\s*(?:by\s*|to\s*)?", before[h.end():]))
            # "a cost-cutting plan that it expects to save $350 million", "a cholesterol-lowering drug": the
            # second half of a compound adjective names a kind of thing, it moves no figure.
            and not (h.group().lower().endswith("ing") and before[h.start() - 1:h.start()] == "-")
            # "a fish that can grow to 500 pounds": what a thing is able to reach, not a change stated.
            and not re.search(r"\bcan(?:not)?\s+$", before[:h.start()])
            # "a growing stable of brands — it had more than 100": a participle naming a noun, words before the figure.
            and not (h.group().lower().endswith("ing") and len(before[h.end():].split()) > 2
                     and re.search(r"\b(?:a|an|the|its|their|his|her|our)\s+$", f"{lead} {before[:h.start()]}", re.IGNORECASE))
            # "raising $1.4 billion", "raised $500 million in a bond sale": money raised, not a rise.
            and not (h.group().lower().startswith("rais") and not before[h.end():].strip()
                     and money)]


# "continues to expect sales growth of 3.0% to 3.5% and to open 50 new stores": a second aim of the
# outlook verb before the figure before, which its own words ("and to open") do not name.
_SECOND_AIM_RE = re.compile(r"\s*and\s+to\s+[a-z]+\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$")


def second_aim_words(shadow: str, start: int, before: str) -> str | None:
    """The last words of the clause before a figure that is a second aim ("… and to open 50"), for
    the outlook verb to be found there; None for any other figure."""
    if not _SECOND_AIM_RE.match(before):
        return None
    clause = re.split(r"[.;!?]\s", shadow[:start])[-1]
    return " ".join(clause.split()[-30:])


# "cut the price of its best-selling sedan in Germany by 12%": "by" ties the figure to the verb of its clause, however
# long the object between them.
_BY_AMOUNT_RE = re.compile(r"\bby\s+(?:an?\s+average\s+of\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+"
                           r"|as\s+much\s+as\s+|more\s+than\s+)?$", re.IGNORECASE)


def en_change_window(before: str) -> tuple[str, str]:
    """The word before the window and the window of words in front of a figure where its change word is read: the
    last ten words (not across a parenthesis), or the clause's last twenty after "by" ("cut … by 12%")."""
    before = re.split(r"[(（]", before)[-1]
    reach = 10
    if _BY_AMOUNT_RE.search(before):
        reach, before = 20, re.split(r"[,;:]\s", before)[-1]
    words = before.split()
    return " ".join(words[-reach - 1:-reach]), " ".join(words[-reach:])
