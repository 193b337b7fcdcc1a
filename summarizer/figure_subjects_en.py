"""What an English figure measures: the noun phrase before the verb ("Google Cloud revenue
rose 28%"), or after "of" ("revenue of $9.19 billion"), with reporting and forecast verbs,
pronouns and comparison words left out. Chinese subjects, which need jieba's word
boundaries, are in `summarizer.figure_subjects`.
"""

from __future__ import annotations

import re

from summarizer.figure_lexicon import (
    APPROX_BEFORE_EN,
    EN_BASIS_RE,
    EN_CHANGE_NOUNS,
    EN_LEADING,
    EN_OBJECT_VERBS,
    EN_PRONOUN_SUBJECTS,
    EN_REPORTING,
    EN_STOP_NP,
    EN_VERBS,
    PERIOD_RE,
)
from summarizer.figure_numbers import NumberMatch

__all__ = ["en_bare_subject", "en_clause_subject", "en_possessed", "en_subject"]


def _blank_spans(text: str, offset: int, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(max(s, offset), min(e, offset + len(text))):
            chars[i - offset] = " "
    return "".join(chars)


def en_subject(sentence: str, match: NumberMatch, start: int,
                periods: list[tuple[int, int, str]]) -> str | None:
    after = sentence[match.end:]
    # "36% of imports from China", "$2 billion in cash reserves": the thing measured follows.
    of_m = re.match(r"\s+(?:of|in|for|toward|towards)\s+((?:the\s)?[A-Za-z][\w’'.\-]*(?:\s[\w’'\-]+){0,5})", after)
    if of_m and not PERIOD_RE.match(of_m.group(0).strip()) and not PERIOD_RE.match(of_m.group(1)) and not re.match(
            r"(?:the\s)?(?:\d|past|next|last|first|second|third|fourth|previous|same|year|month|week|quarter|time|total|all"
            r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|months?|weeks?|days?|period|half"
            r"|cash|stock|shares|equity|debt|trading|extended|early|late|premarket|after-hours|afternoon|morning"
            r"|January|February|March|April|May|June|July|August|September|October|November|December"
            r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            of_m.group(1)):
        np = _en_np(of_m.group(1), phrase=True)
        if np:
            return np
    # "300 school districts closed", "a 9% funding increase": what the number counts follows it.
    # "2.0-liter, naturally-aspirated four-cylinder engine": a compound adjective may be
    # followed by more adjectives after a comma; "$6.99-a-month service": a rate.
    if "-" in sentence[match.start:match.end] and after.startswith(", "):
        after = after[1:]
    after = re.sub(r"^-(?:a|an|per)-\w+", "", after)
    # "$72.39 a barrel", "$100 million a day", "$2 per share": a rate names its unit, not what is measured.
    after = re.sub(r"^\s+(?:a|an|per|each)\s+[a-z]+\b(?!\s+(?:ago|earlier|before|later))", "", after)
    determined = bool(re.search(r"\b(?:a|an|the)\s+$", sentence[:match.start]))
    # "fewer than the 175,000 economists had expected": who expected it is not what is counted.
    expected = re.match(r"\s+(?:[\w\-]+\s+){1,2}(?:had\s+|have\s+|has\s+)?(?:expected|forecast|predicted|estimated"
                        r"|projected|anticipated)\b", after)
    if not after.startswith((",", ".", ";", ":")) and not expected:
        np = _en_np(re.sub(r"^\s*dollars?\b", "", after).strip(), nominal=determined)
        if np and not PERIOD_RE.match(np) and not EN_BASIS_RE.match(np) and not re.match(
                r"(?:previous|prior|last|next|this|same|year|month|week|quarter"
                r"|lower|higher|more|less|fewer|above|below|smaller|larger|bigger|greater)\b", np, re.IGNORECASE):
            return np
    prefix = _blank_spans(sentence[start:match.start], start, periods)
    prefix = re.sub(r"[(（]\s*$", "", prefix).strip()
    # The prefix was stripped: give the approximation pattern its trailing space back ("of up to").
    prefix = re.sub(APPROX_BEFORE_EN.pattern, "", prefix + " ", flags=re.IGNORECASE).strip()
    prefix = re.sub(r"\b(?:a|an|the|between)$", "", prefix).strip()
    obj = EN_OBJECT_VERBS.search(prefix)
    if obj:
        measured = _en_np(obj.group(1)) or obj.group(1)
        generic = re.match(r"(?:the\s)?(value|size|number|amount|level|price|cost)\s+of\s+(?:its\s|their\s|the\s)?(.+)$",
                           obj.group(1), re.IGNORECASE)
        if generic and _en_np(generic.group(2)):
            measured = f"{generic.group(1)} of {_en_np(generic.group(2))}"  # "the value of its office portfolio"
        pronoun = measured.split()[0].lower()
        if pronoun in ("its", "their") and len(measured.split()) > 1:
            owner = EN_LEADING.sub("", prefix[:obj.start()].strip())
            if owner and not any(w.lower() in EN_VERBS for w in owner.split()):
                return _owned(owner, pronoun, measured.split(" ", 1)[1])
        return measured
    # "a return on tangible equity of about 12%": a ratio named with "on".
    ratio = re.search(r"(return\s+on\s+(?:average\s+|tangible\s+|invested\s+|common\s+)*(?:equity|assets|capital|investment))"
                      r"\s+of$", prefix, re.IGNORECASE)
    if ratio:
        return ratio.group(1)
    # "Google Cloud revenue of $9.19 billion", "a margin of 20 points".
    of_m = re.search(r"((?:[\w’'\-]+\s){0,3}[\w’'\-]+)\s+of$", prefix)
    if of_m and of_m.group(1).split()[-1].lower() not in EN_STOP_NP | {"tune", "total", "sum", "amount", "range"}:
        # "posted a net loss of": the noun phrase in front of "of", without the verb and article.
        # Descriptive adjectives ("a still substantial margin of") are not part of the name.
        kept: list[str] = []
        for word in reversed(of_m.group(1).split()):
            lowered = word.lower()
            # "Norvik Systems forecast revenue growth of": a verb of forecasting in front of
            # the noun phrase belongs to whoever forecasts (it is a noun only at the end).
            if lowered == "per" and kept:
                kept.insert(0, word)  # "earnings per share of $2.10"
                continue
            if lowered in EN_STOP_NP or lowered in EN_VERBS or (kept and lowered in _EN_FORECAST_VERBS) or (
                    kept and word.islower() and lowered.endswith(("al", "ous", "ive", "ful", "able", "ly"))):
                break
            kept.insert(0, word)
        if kept:
            return " ".join(kept)
    # "a state Trump won by 30 points".
    won = re.search(r"([A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?)\s+(?:won|lost|led|trailed|leads|wins)\s+by$", prefix)
    if won:
        return won.group(1)
    return en_clause_subject(prefix)


_MONTHS_AND_DAYS = ("January|February|March|April|May|June|July|August|September|October|November|December"
                    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_EN_FORECAST_VERBS = EN_REPORTING | frozenset(
    "forecast forecasts predicted predicts projects sees saw guided guides targets targeted reported reports".split())
_EN_CHANGE_OBJECT_VERBS = frozenset(
    "lowered lowers raised raises cut cuts increased increases reduced reduces boosted boosts lifted lifts "
    "trimmed trims expanded expands narrowed narrows widened widens".split())


# People in the plural: "its" after "Analysts said" is some company, never them.
_EN_PEOPLE_PLURAL_RE = re.compile(
    r"(?:^|\s)(?:[A-Za-z\-]+(?:ists|ers|ors|ants|ians)|people|officials|sources|executives|insiders|experts"
    r"|economists|analysts|investors|observers|critics|others|some|many)$", re.IGNORECASE)
_EN_HEDGES = "likely|probably|possibly|reportedly|also|only|just|still|further|slightly|sharply|again"


def en_clause_subject(prefix: str) -> str | None:
    """The noun phrase before the first verb of an English clause (after a last "that")."""
    if re.search(r"\b(?:that|because|if|when|as)\s", prefix):
        prefix = re.split(r"\b(?:that|because|if|when|as)\s", prefix)[-1]
    prefix = EN_LEADING.sub("", prefix.strip())
    prefix = re.sub(r"^(?:with|which|who|where)\s+", "", prefix, flags=re.IGNORECASE)
    subject_words: list[str] = []
    words = prefix.split()
    for position, word in enumerate(words):
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if word.lower() in ("cost", "costs") and subject_words and not re.match(
                r"[$€£¥\d]|about|around|nearly|more|less|over|up|an?$|the$", following):
            subject_words.append(word)  # "Unit costs excluding fuel fell": a noun, not the verb
            continue
        if (subject_words and word.lower() in _EN_CHANGE_OBJECT_VERBS and word.lower() not in EN_VERBS
                and following in ("its", "their", "his", "her", "our", "the")):
            # "Dunmore cut its annual profit forecast to $1.10": "cut" is no noun before "its".
            return _owned(" ".join(subject_words), following, _en_np(" ".join(words[position + 2:])))
        if subject_words and word.lower() == "to" and re.fullmatch(
                r"fall|rise|grow|decline|increase|decrease|drop|climb|expand|shrink|contract|reach|total|hit", following):
            break  # "expects comparable sales to fall 1% to 2%": an infinitive is the predicate
        if word.lower().strip(",.;:’'\"") in EN_VERBS:
            following = words[position + 1].lower() if position + 1 < len(words) else ""
            if word.lower() in EN_REPORTING and following in EN_VERBS:
                return None  # "which Nissan claims is a 20% improvement": the subject is elided
            if word.lower() in _EN_CHANGE_OBJECT_VERBS and following in ("its", "their", "his", "her", "our", "the"):
                # "The ECB lowered its deposit rate by a quarter point to 3.25%": the object is measured,
                # and "its" is the one that lowered it.
                measured = _en_np(" ".join(words[position + 2:]))
                return _owned(" ".join(subject_words), following, measured)
            if word.lower() in EN_REPORTING and following:
                # "Analysts estimated the strike cost about $100 million", "The company expects
                # fourth-quarter revenue of $37.5 billion": who estimates is not what is measured.
                # ("said on Tuesday its profit fell": when it was said is no part of it.)
                rest = re.sub(r"^(?:on\s+\w+day|in\s+a\s+statement|today|yesterday|on\s+\w+)\s+(?=(?:its|their)\s)", "",
                              " ".join(words[position + 1:]), flags=re.IGNORECASE)
                words = words[:position + 1] + rest.split()
                following = words[position + 1].lower() if position + 1 < len(words) else ""
                inner = en_clause_subject(" ".join(words[position + 1:]))
                owner = " ".join(subject_words).strip(" ,")
                if inner:
                    inner = re.sub(rf"\s+(?:{_EN_HEDGES})$", "", inner)  # "its revenue likely slipped"
                if inner and inner.split()[0].lower() in ("its", "their") and len(inner.split()) > 1 and owner \
                        and owner.lower() not in EN_PRONOUN_SUBJECTS and not (
                            inner.split()[0].lower() == "its" and _EN_PEOPLE_PLURAL_RE.search(owner)):
                    return f"{owner}'s {inner.split(' ', 1)[1]}"  # "Crestfield said on Tuesday its net profit…"
                if inner is None and following in ("its", "their") and owner and owner.lower() not in EN_PRONOUN_SUBJECTS:
                    # "Keystone Micro said its revenue slipped 3%": "its" is the company that said it.
                    rest = en_clause_subject(" ".join(words[position + 2:]))
                    rest = re.sub(rf"\s+(?:{_EN_HEDGES})$", "", rest) if rest else rest
                    if following == "its" and _EN_PEOPLE_PLURAL_RE.search(owner):
                        # "Analysts said its revenue slipped": "its" is not the analysts.
                        return f"its {rest}" if rest else None
                    return f"{owner}'s {rest}" if rest else None
                return inner
            break
        subject_words.append(word)
    else:
        # No verb before the number: "revenue of $5 billion" or nothing useful.
        of_m = re.search(r"([\w’'\-]+(?:\s[\w’'\-]+){0,3})\s+of\s*$", prefix)
        return _en_np(of_m.group(1)) if of_m else None
    subject = " ".join(subject_words).strip(" ,")
    subject = re.sub(r"(?:’s|'s)$", "", subject)
    subject = re.sub(r"(?:\s+(?:in|on|at|of|for|to|by|from|with|the|a|an))+$", "", subject)
    if not subject or subject.lower() in EN_PRONOUN_SUBJECTS or len(subject.split()) > 10:
        return None
    if subject.split()[0].lower() in ("that", "this", "these", "those", "it", "its") and len(subject.split()) <= 2:
        return None
    if subject.split()[0].lower() in ("to", "of", "for", "with", "in", "on", "at", "by", "never", "not"):
        return None
    return subject


def _owned(owner: str, pronoun: str, measured: str | None) -> str | None:
    """"The European Central Bank" + "its" + "deposit rate" -> "The European Central Bank's deposit rate"."""
    owner = owner.strip(" ,")
    if not measured or pronoun not in ("its", "their") or not owner or owner.lower() in EN_PRONOUN_SUBJECTS \
            or len(owner.split()) > 6:
        return measured if measured and pronoun not in ("its", "their") else (
            f"{pronoun} {measured}" if measured else None)
    return f"{owner}'s {measured}"


def _en_np(text: str, *, nominal: bool = False, phrase: bool = False) -> str | None:
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
            tail = _en_np(" ".join(raw_words[position + 1:position + 4]))
            if tail:
                words += [bare, tail]
            break
        if nominal and words and bare in ("on", "of", "to", "in") and words[-1].lower() in EN_CHANGE_NOUNS:
            if bare == "in" and re.match(rf"(?:the\s)?(?:{_MONTHS_AND_DAYS}|\d{{4}}|(?:first|second|third|fourth)\s|"
                                         r"(?:this|last|next)\s|(?:early|late|mid)\b)", " ".join(raw_words[position + 1:])):
                break  # "a 25 basis point cut in February": when, not what was cut
            tail = _en_np(" ".join(raw_words[position + 1:position + 4]))
            if tail:
                words += [bare, tail]
            break
        if (bare in EN_VERBS and not nominal) or (bare in EN_STOP_NP and words) or not re.match(r"[\w$]", word):
            break
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


_EN_BARE_NP_RE = re.compile(r"[A-Z][\w'’.&\-]*(?:\s[\w'’.&\-]+){0,4}")


def en_bare_subject(chunk: str) -> str | None:
    """"Core inflation, which strips out food and energy, slowed to 3.0%": a clause that is only a
    noun phrase, before a clause set off by commas, is the subject of the verb after it."""
    if not _EN_BARE_NP_RE.fullmatch(chunk) or EN_LEADING.match(chunk) or PERIOD_RE.match(chunk):
        return None
    if any(w.lower().strip(".") in EN_VERBS or w.lower() in EN_STOP_NP for w in chunk.split()):
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
