"""The leading noun phrase of the words after an English figure ("300 school districts closed",
"36% of imports from China"): where it ends decides whether a subject is a name or a fragment of
a clause ("70 percent of Americans say", "the number of cells previously reported")."""

from __future__ import annotations

import re

from summarizer.figure_lexicon import EN_CHANGE_NOUNS, EN_STOP_NP, EN_VERBS, PERIOD_RE

__all__ = ["EN_OUTLOOK_NOUNS", "MONTHS_AND_DAYS", "en_np"]

MONTHS_AND_DAYS = ("January|February|March|April|May|June|July|August|September|October|November|December"
                   "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")


def en_np(text: str, *, nominal: bool = False, phrase: bool = False) -> str | None:
    """Leading noun phrase: words up to the first preposition, verb or punctuation (max 5).

    `nominal` (the number follows a/an/the) means the words after it are nouns even when
    they could be verbs ("a $75.3 billion hit on economic growth"); a change noun then
    keeps its "on/of/to" complement.
    """
    words: list[str] = []
    raw_words = text.split()
    for position, raw in enumerate(raw_words):
        word = raw.strip("“”\"")
        bare = word.lower().rstrip(",.;:")
        if phrase and words and bare in ("from", "in", "at", "for") and len(raw_words) > position + 1:
            # "36% of imports from China": keep one prepositional phrase.
            tail = en_np(" ".join(raw_words[position + 1:position + 4]))
            if tail:
                words += [bare, tail]
            break
        if len(words) == 1 and bare == "of" and words[0].lower() in ("total", "number", "count", "tally", "pool") \
                and position + 1 < len(raw_words):
            tail = en_np(" ".join(raw_words[position + 1:position + 5]))
            if tail:
                words += [bare, tail]  # "increased the total of commercial providers to 14"
            break
        if words and bare == "for" and words[-1].lower() in EN_OUTLOOK_NOUNS and position + 1 < len(raw_words):
            # "their forecast for economic growth this year": the outlook names what it is for.
            tail = en_np(" ".join(raw_words[position + 1:position + 4]))
            if tail and not PERIOD_RE.match(tail) and not re.match(
                    r"(?:\d|the\s(?:year|quarter|full|fiscal|first|second|third|fourth)|full|this|next|fiscal|the$)",
                    tail, re.IGNORECASE):
                words += [bare, tail]
            break
        if nominal and words and bare in ("on", "of", "to", "in") and words[-1].lower() in EN_CHANGE_NOUNS:
            if bare == "in" and re.match(rf"(?:the\s)?(?:{MONTHS_AND_DAYS}|\d{{4}}|(?:first|second|third|fourth)\s|"
                                         r"(?:this|last|next)\s|(?:early|late|mid)\b)", " ".join(raw_words[position + 1:])):
                break  # "a 25 basis point cut in February": when, not what was cut
            tail = en_np(" ".join(raw_words[position + 1:position + 4]))
            if tail:
                words += [bare, tail]
            break
        if bare in ("cost", "costs") and position + 1 < len(raw_words) and re.match(
                r"(?:savings|synergies|cuts|reductions|base|inflation|overruns)\b", raw_words[position + 1].lower()):
            words.append(word)  # "annual cost savings": a noun before a noun
            continue
        if (bare in EN_VERBS and not nominal) or (bare in EN_STOP_NP and words) or not re.match(r"[\w$]", word) or (
                bare in _EN_NP_ENDERS and words) or _EN_CLAUSE_START_RE.fullmatch(bare) or (
                word[:1].islower() and _ends_with_adverb(bare, raw_words[position + 1:position + 2])):
            break  # ("a $210 million break-up fee if it walks away", "raise output gradually by")
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            words.append(word)  # "4% of U.S. fruit acreage": an abbreviation's dot ends nothing
            continue
        if words and bare in ("next", "last", "this") and position + 1 < len(raw_words) and re.match(
                r"(?:month|year|week|quarter)\b", raw_words[position + 1].lower()):
            break  # "a 25-basis-point cut next month": when, not what
        if bare in EN_STOP_NP:
            if bare in ("the", "a", "an"):
                continue
            break
        words.append(word.rstrip(",.;:"))
        if word != word.rstrip(",.;:") or len(words) == 5:
            break
    if not words:
        return None
    return " ".join(words)


# "75% of the online advice they're seeing": a pronoun's contraction opens a clause of its own.
_EN_CLAUSE_START_RE = re.compile(r"(?:you|we|they|i|he|she|it|there)[’'](?:re|ve|ll|d|m|s)")
# "-ly" words that are nouns or adjectives, not adverbs ("family owned", "monthly reported").
_EN_LY_NOT_ADVERBS = frozenset("family supply italy july assembly ally rally tally daily weekly monthly quarterly yearly "
                               "early only holy elderly friendly costly likely anomaly monopoly reply poly".split())


_EN_PARTICIPLE_RE = re.compile(r"[a-z]+(?:ed|wn)|taken|given|written|chosen|seen|done|made|held|paid|sold|built|spent|kept"
                               r"|left|lost|won|found")


def _ends_with_adverb(bare: str, following: list[str]) -> bool:
    """An adverb before a participle ends a noun phrase: "the number of cells previously reported"
    counts cells; "previously reported" says which ("the $20 reportedly demanded": none is named)."""
    return (bare.endswith("ly") and len(bare) > 4 and bare not in _EN_LY_NOT_ADVERBS and bool(following)
            and bool(_EN_PARTICIPLE_RE.fullmatch(following[0].rstrip(",.;:"))))


_EN_NP_ENDERS = frozenset("if unless because although once until whereas gradually steadily sharply slightly".split())
EN_OUTLOOK_NOUNS = frozenset("forecast forecasts outlook projection projections estimate estimates target targets "
                             "guidance view".split())
