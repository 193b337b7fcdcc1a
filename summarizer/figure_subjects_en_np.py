"""English noun phrases that stand alone as a figure's subject: a clause that is only a noun
phrase ("Core inflation, which strips out food and energy, slowed to 3.0%") and the noun a
clause's "its" owns ("said its revenue slipped")."""

from __future__ import annotations

import re

from summarizer.figure_lexicon import EN_LEADING, EN_STOP_NP, EN_VERBS, PERIOD_RE
from summarizer.figure_numbers import NumberMatch

__all__ = ["en_after_aside", "en_after_saying", "en_bare_subject", "en_clause_np", "en_owner", "en_possessed"]

_EN_ASIDE_RE = re.compile(r"(?:measured|excluding|including|adjusted|calculated|defined|expressed|stripping)\b")
_NOUN_VERBS = frozenset(("cost", "costs"))
_EN_BARE_NP_RE = re.compile(r"[A-Z][\w'’.&\-]*(?:\s[\w'’.&\-]+){0,4}")


def en_bare_subject(chunk: str) -> str | None:
    """"Core inflation, which strips out food and energy, slowed to 3.0%": a clause that is only a
    noun phrase, before a clause set off by commas, is the subject of the verb after it."""
    if not _EN_BARE_NP_RE.fullmatch(chunk) or EN_LEADING.match(chunk) or PERIOD_RE.match(chunk):
        return None
    # ("The core ratio, a key measure of strength, improved by 60 basis points": the article is no verb.)
    words = re.sub(r"^The\s(?=[\w(])", "", chunk).split()  # ("Number of 5G customers": an "of" inside is part of it)
    # ("All-in sustaining cost, the industry's broadest measure…, rose 7%": a last "cost" after a word is the noun.)
    if any((w.lower().strip(".") in EN_VERBS and not (w.lower() in _NOUN_VERBS and 0 < i == len(words) - 1))
           or (w.lower() in EN_STOP_NP and not (w.lower() == "of" and 0 < i < len(words) - 1))
           for i, w in enumerate(words)):
        return None
    return chunk


_EN_POSSESSED_RE = re.compile(r"\b(?:its|their)\s+((?:[a-z][\w\-]*\s){0,3}[a-z][\w\-]*)\s+([a-z]+)\s*$")


def en_possessed(prefix: str) -> str | None:
    """"said its revenue slipped": the noun a clause's "its" owns, when its verb comes right before the figure."""
    m = _EN_POSSESSED_RE.search(prefix.strip())
    if not m or m.group(2).lower() not in EN_VERBS:
        return None
    noun = m.group(1)
    return None if any(w in EN_VERBS or w in EN_STOP_NP for w in noun.lower().split()) else noun


# "…, while the trimmed mean measure, which the bank watches closely, eased to 3.4%": a new noun
# phrase with an aside after it opens a new subject; the figure before is not its.
EN_NEW_NP_ASIDE_RE = re.compile(r",\s+(?:while|whereas|and|but|as)\s+(?:(?:the|its|their)\s+)?[a-z][\w'’\- ]*?,\s+(?:which|who|whose"
                                r"|measured|excluding|including|adjusted|calculated)\b")


# A noun a clause is measured against, last before an aside: "wages have fallen behind inflation", "pay trails inflation".
_EN_MEASURED_AGAINST_RE = re.compile(r"\s(?:behind|than|outpac\w*|overtak\w*|lag(?:s|ged|ging)?|trail(?:s|ed|ing)?"
                                     r"|exceed(?:s|ed|ing)?)\s+((?:(?:the|a|an|its|their)\s+)?[a-z][\w'’\-]*(?:\s[a-z][\w'’\-]*){0,2})$")


# A verb of saying or thinking before the noun an aside is about: what is said begins after it.
_EN_REPORTED_RE = re.compile(r"\b(?:says?|said|worr(?:y|ies|ied)|fears?|feared|expects?|expected|thinks?|thought"
                             r"|believes?|believed|warns?|warned|notes?|noted)\s+(?:that\s+)?(?=[a-z])")


def en_clause_np(chunk: str, following: str = "") -> str | None:
    """A clause as it may name a subject: None for a relative clause set off by commas (", which
    the bank watches closely," says something about the noun before it), and without the
    conjunction that opens it ("while the trimmed mean measure" -> "the trimmed mean measure").
    Right before such an aside only the last conjunct is its noun ("… and said net debt, which")."""
    if re.match(r"(?:which|who|whose)\b", chunk) or _EN_ASIDE_RE.match(chunk):
        return None  # ", measured in revenue passenger kilometres (RPK),": says how the noun before is counted
    if re.match(r"(?:the|a|an)\s", chunk) and (verb := re.match(r",\s*([a-z]+)\b", following)) and (
            verb.group(1) in EN_VERBS):
        return None  # "Net interest income, the difference between what a bank earns…, rose 6%": an appositive
    if _EN_ASIDE_RE.match(following.lstrip(", ")) and (said := re.search(r".*\b(?:that|said|says)\s+(?=[a-z])", chunk)):
        chunk = chunk[said.end()].upper() + chunk[said.end() + 1:]  # "said (that) passenger traffic, measured in…,"
    if re.match(r",\s*(?:which|who)\b", following):
        chunk = re.split(r"\s(?=(?:and|but|while|as)\s)", chunk)[-1]
        # "some analysts worry that steel prices, which have fallen 15%,": the prices, not who worries
        if (said := _EN_REPORTED_RE.split(chunk)[-1]) != chunk:
            chunk = said[0].upper() + said[1:]
        # "arguing that wages have fallen behind inflation, which was 6.1%": the aside is about the noun
        # right before it, the one the clause measures against, not the clause's subject.
        if compared := _EN_MEASURED_AGAINST_RE.search(chunk):
            chunk = compared.group(1)[0].upper() + compared.group(1)[1:]
    opened = re.match(r"(?:while|whereas|and|but|as)\s+(?:(?:said|says|added)\s+(?:that\s+)?)?(?:(?:the|its|their)\s+)?(?=[a-z])",
                      chunk)
    # What is left stands as a noun phrase of its own, written as one that opens a clause.
    return chunk[opened.end()].upper() + chunk[opened.end() + 1:] if opened else chunk


def en_after_aside(shadow: str, clause_start: int, previous: NumberMatch | None, start: int) -> bool:
    """Whether a figure opens a new subject the figure before it does not share: "…, while the
    trimmed mean measure, which the bank watches, eased to 3.4%" (a new noun phrase with an aside),
    or "The cuts, which follow a 4% reduction, will save $420 million" (the figure before sat in a
    relative clause that has closed: the cuts save it, not the reduction)."""
    if re.match(r"\s*(?:which|who)\b", shadow[clause_start:start]):
        return True  # "the number of 5G customers, which reached 19.4 million": the noun before the aside
    if previous is None:
        return False
    if EN_NEW_NP_ASIDE_RE.search(shadow, previous.end, start):
        return True
    return bool(re.search(r",\s*(?:which|who|whose)\b[^,;]*$", shadow[:previous.start])
                and "," in shadow[previous.end:start])


def en_after_saying(prefix: str) -> str:
    """"opened the call by saying automotive gross margin rose": what was said names the subject,
    unless it opens with a pronoun ("by saying she owes them": whose the figure is stays before)."""
    said = re.split(r"\bsaying\s(?:that\s)?", prefix)
    rest = said[-1].split()
    if len(said) > 1 and rest and rest[0].lower() not in ("he", "she", "it", "they", "we", "i", "you"):
        return said[-1]
    return prefix


# "Corvane Foods on Thursday", "Hollis Confectionery last month", "Acme earlier this year": when, not who.
_TIME_TAIL_RE = re.compile(
    r"\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|next|earlier\s+this|later\s+this)\s+"
    r"(?:week|month|year|quarter|spring|summer|autumn|fall|winter)|yesterday|today|tonight|overnight)$")


def en_owner(subject: str) -> str:
    """Who owns what a later clause names as "its sales": the subject of the earlier clause alone, not that
    clause's object ("Hollis Confectionery last month raised its outlook, saying its sales grew 5%": Hollis
    Confectionery's sales, not "…last month's outlook's sales")."""
    return _TIME_TAIL_RE.sub("", subject.split("'s ")[0].split("’s ")[0]).strip() or subject
