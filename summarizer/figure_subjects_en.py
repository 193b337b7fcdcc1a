"""What an English figure measures: the noun phrase before the verb ("Google Cloud revenue
rose 28%"), or after "of" ("revenue of $9.19 billion"), with reporting and forecast verbs,
pronouns and comparison words left out. Chinese subjects, which need jieba's word
boundaries, are in `summarizer.figure_subjects`.
"""

from __future__ import annotations

import re

from summarizer.figure_change_en import en_change_subject
from summarizer.figure_lexicon import (
    APPROX_BEFORE_EN, EN_AFTER_COUNT_VERB, EN_BASIS_RE, EN_LEADING, EN_OBJECT_VERBS,
    EN_PRONOUN_SUBJECTS, EN_REPORTING, EN_STOP_NP, EN_VERBS, PERIOD_RE,
)
from summarizer.figure_numbers import NumberMatch
from summarizer.figure_subjects_en_elided import (
    gapped_subject,
    outlook_moved,
    owned,
    possessive,
    said_that_it_owner,
    tenor_notes,
    with_named,
    yielding,
)
from summarizer.figure_subjects_en_more import appositive_subject, en_special_subject, without_abbreviations
from summarizer.figure_subjects_en_asides import whose_subject
from summarizer.figure_subjects_en_named import EN_NAMED_BEFORE, EN_NAMED_OBJECT
from summarizer.figure_subjects_en_np import en_after_saying
from summarizer.figure_subjects_en_phrase import EN_OUTLOOK_NOUNS, en_np

__all__ = ["DATELINE_RE", "en_clause_subject", "en_named_amount", "en_subject", "possessive"]

def en_named_amount(prefix: str, after: str) -> str | None:
    """A provision, charge, write-off, buyback, fine, deal price or valuation named for what it is,
    from the verb in front of the amount ("set aside £620 million for bad loans" -> "provision for
    bad loans"; "fined X £168 million" -> "fine on X"). None when no such verb is there."""
    prefix = prefix.rstrip()
    if not prefix:
        return None
    prefix += " "
    for before_re, after_re, named, bare in EN_NAMED_BEFORE:
        m = before_re.search(prefix)
        if not m:
            continue
        tail = after_re.match(after) if after_re is not None else None
        if after_re is not None and tail is None:
            if bare is None:
                continue
            return bare.format(*m.groups())
        if tail is None or not tail.groups():
            return named.format(*m.groups()) if after_re is None or not tail or not tail.groups() else None
        thing = en_np(tail.group(1)) if tail.lastindex == 1 and " " in tail.group(1) else tail.group(1)
        thing = re.split(r"\s(?:related|relating|linked|tied|associated|attributable|stemming)\b", thing or "")[0]
        if not thing or thing.lower() in EN_STOP_NP or PERIOD_RE.match(thing):
            return bare.format(*m.groups()) if bare else None
        return named.format(*m.groups(), thing)
    for object_re, named in EN_NAMED_OBJECT:
        m = object_re.search(prefix)
        if m and not any(w.lower() in EN_VERBS or w.lower() in ("and", "or", "that") for w in m.group(1).split()):
            return named.format(m.group(1))
    return None


def _blank_spans(text: str, offset: int, spans: list[tuple[int, int, str]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        for i in range(max(s, offset), min(e, offset + len(text))):
            chars[i - offset] = " "
    return "".join(chars)


_EN_TIME_TAIL_RE = re.compile(r"(?:\s+(?:and|or|but))?\s+(?:today|yesterday|tonight|tomorrow|overnight)$"
                              r"|^(?:today|yesterday|tonight|tomorrow|overnight)(?:\s+(?:and|or|but))?$", re.IGNORECASE)



_EN_NOT_SUBJECT_RE = re.compile(
    r"(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|currently|presently|now|starting|beginning|ahead|(?:well\s+|far\s+)?(?:short|ahead|above|below)"
    r"|chance|odds|probability|likelihood|worldwide|globally|overseas|abroad"
    # ("185 miles northwest of Beijing": where; a capitalised "South" is a region, measured.)
    r"|(?-i:(?:north|south)(?:-?(?:east|west))?|east|west|upstream|downstream|offshore|inland|away|apart|outside|wide|long|tall"
    r"|high|deep)"
    r"|(?:a|an|one|two|three|four|five|six|nine|twelve|\d+)\s+(?:years?|months?|weeks?|quarters?)\s+(?:earlier|ago|before)",
    re.IGNORECASE)


_EN_SEES_RISING_RE = re.compile(
    r"\b(?:sees?|saw|seeing|expects?|expected|expecting|forecasts?|projects?|projected|predicts?|predicted)\s+"
    r"(?:the\s+|its\s+|their\s+)?((?:[\w’'\-]+\s){0,3}?[\w’'\-]+)\s+(?:rising|falling|climbing|dropping|increasing"
    r"|decreasing|declining|growing|easing|slowing|reaching|hitting|peaking|edging\s+(?:up|down)|staying|remaining)"
    r"\s+(?:to|at|by|around|near)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE)


def en_subject(sentence: str, match: NumberMatch, start: int,
               periods: list[tuple[int, int, str]]) -> str | None:
    """The subject of an English figure, without a time word read into it ("closed 300 stores
    yesterday" counts stores; "rose 5% yesterday and fell 3% today": the 3% is the same revenue's)."""
    subject = _en_subject(sentence, match, start, periods) or _listed_item(sentence[:match.start])
    if subject:
        subject = _EN_TIME_TAIL_RE.sub("", subject).strip() or None
    if subject and _EN_NOT_SUBJECT_RE.fullmatch(subject):
        return None  # "up from 4.1% currently", "185 miles northwest of Beijing": when, where or how, not what
    return subject


# "with technology down 1.9% and energy down 1.5%", "Utilities, up 0.4%, and energy, up 0.8%": a list of
# items, each named right before its own move; the sentence's subject owns none of them.
_LISTED_ITEM_RE = re.compile(r"(?:^|,|\band|\bwith|\bwhile)\s+(?!(?:and|with|while|or)\s)((?:[A-Za-z&][\w&’'\-.]*\s){0,3}?[A-Za-z&][\w&’'\-.]*),?"
                             r"\s+(?:up|down)\s+$")


_NOT_ITEMS = frozenset("make makes made making now still also was were is are ended closed finished went came moved shot".split())


def _listed_item(prefix: str) -> str | None:
    m = _LISTED_ITEM_RE.search(prefix)
    if m is None or any(w.lower() in EN_VERBS or w.lower() in EN_STOP_NP or w.lower() in _NOT_ITEMS for w in m.group(1).split()):
        return None
    return m.group(1)


def _en_subject(sentence: str, match: NumberMatch, start: int,
                periods: list[tuple[int, int, str]]) -> str | None:
    after = re.sub(r"^\s+(?:worldwide|globally|overseas|abroad)\b", "", sentence[match.end:])  # where, not what
    # The clause before the figure, its periods blanked and the wire dateline gone: every rule below reads it.
    before = DATELINE_RE.sub("", _blank_spans(sentence[start:match.start], start, periods))
    # "posted its first quarterly net profit, of $9 million": the comma sets the amount off, it still is the profit's.
    if re.fullmatch(r"\s*of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?", before) and (
            lead := re.search(r"((?:[\w’'\-]+\s+){0,5}[a-z][\w’'\-]*),\s*$", sentence[:start])):
        before = lead.group(1) + before
    # "earnings before interest and tax (EBIT) of $1.8 billion": the measure's own short name says
    # what is measured (the words before it hold "before" and "and", which end a noun phrase).
    if short := re.search(r"[a-z]\s+\(([A-Z][A-Za-z&]{1,7})\)\s+of\s+(?:about\s+|around\s+|roughly\s+)?$", before):
        return short.group(1)
    # "outperforming the Nasdaq's 16% rise": the move is the one named before the possessive.
    if (owner := re.search(r"((?:the\s)?[A-Z][\w&.\-]*(?:\s[A-Z0-9][\w&.\-]*){0,3})['’]s\s+$", before)) and re.match(
            r"\s+(?:rise|gain|increase|drop|fall|decline|advance|jump|slide|slump|surge|climb|rally|loss)\b", after):
        return owner.group(1)
    if (whose := whose_subject(before, sentence[:start])) is not None:
        return whose or None
    before = without_abbreviations(re.sub(r"\s+attributable\s+to\s+(?:[\w\-]+\s+){0,2}?(?:share|stock|unit)holders\b", "", before))
    if special := en_special_subject(before, after, match.unit, sentence[:start]) or appositive_subject(before, sentence[:start]):
        return special  # "manufacturing shed 9,000 jobs", "its marketed range of $21 to $24"
    named = en_named_amount(before, after)
    if named:
        return named
    gapped = gapped_subject(before) or yielding(before)  # "raised to 4.25% and the lending rate to 5.25%"
    if gapped:
        return gapped
    seen = _EN_SEES_RISING_RE.search(before)  # "now sees the unemployment rate rising to 4.6%": the rate
    if seen and not any(w.lower() in EN_VERBS or w.lower() in EN_STOP_NP for w in seen.group(1).split()):
        return seen.group(1)
    change = en_change_subject(before, after)
    if change:
        return change  # "reported a 12% rise in fourth-quarter revenue": the revenue rose
    # "the labour market remained tight, with unemployment at 3.9%": what "with" names is measured.
    if named := with_named(before):
        return named
    # "36% of imports from China", "$2 billion in cash reserves": the thing measured follows.
    tenor = tenor_notes(after)  # "$700 million of 10-year notes yielding 5.32%"
    if tenor:
        return tenor
    of_m = re.match(r"\s+(?:of|in|for|toward|towards)\s+(?:its\s|their\s)?[“\"‘]?((?:the\s)?[A-Za-z][\w’'.\-]*(?:\s[\w’'\-]+){0,5})",
                    after)
    if of_m and re.match(r"\s+in\s+[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?(?:[,.;]|\s+(?:on|after|before|trading|and|while|as)\b|$)",
                         after):
        of_m = None  # "fell 2.4% in London", "rose 3% in New York trading": where, not what
    if of_m and not PERIOD_RE.match(of_m.group(0).strip()) and not PERIOD_RE.match(of_m.group(1)) and not re.match(
            r"(?:(?:the|a|an)\s)?(?:\d|past|next|last|(?:first|second|third|fourth|fifth|sixth)(?!\s[A-Z])|previous|same|year|month|week"
            r"|quarter|time|total|all|coming|upcoming|current|following|ensuing"
            r"|straight|consecutive|row"
            r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|months?|weeks?|days?|period|half"
            r"|cash(?!\s+(?:reserves|holdings|flow|pile|balances?))|stock|shares|equity|debt|trading|extended|early|late"
            r"|premarket|after-hours|afternoon|morning"
            # ("up 3% in constant currency", "in real terms": on what basis, not what rose)
            r"|constant|local\s+currenc|real\s+terms|nominal\s+terms|organic\s+terms|dollar\s+terms|absolute\s+terms"
            r"|January|February|March|April|May|June|July|August|September|October|November|December"
            r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            of_m.group(1)):
        np = en_np(of_m.group(1), phrase=True)
        np = EN_AFTER_COUNT_VERB.sub("", np) if np else np  # "70 percent of Americans say"
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
    # "10 times as many cases as reported", "three times more cases than": the multiple is of the cases.
    multiple = re.match(r"\s+(?:as\s+(?:many|much)|more|fewer|less)\s+((?:[a-z][\w\-]*\s){0,2}?[a-z][\w\-]*)\s+(?:as|than)\b",
                        after) if match.unit in ("times", "fold") else None
    if multiple and not any(w in EN_VERBS for w in multiple.group(1).split()):
        return multiple.group(1)
    early = before.strip()
    early = re.sub(APPROX_BEFORE_EN.pattern, "", early + " ", flags=re.IGNORECASE).strip()
    # "held its benchmark rate in the 4.25%-4.50% range", "kept rates at 5%": the rate held is measured.
    held = re.search(r"^(.*?)\b(?:held|kept|left|maintained|holds|keeps|leaves|maintains)\s+(its|their|the)\s+"
                     r"((?:[\w’'\-]+\s){0,4}?[\w’'\-]+?)(?:\s+(?:unchanged|steady|stable|flat|on\s+hold))?"
                     r"\s+(?:in|at|within)(?:\s+(?:the|a))?(?:\s+(?:target\s+)?range\s+of)?$",
                     early)
    if not held:
        # "The Bank of England held Bank Rate at 4.0%": a rate named as a proper noun needs no "its".
        named_rate = re.search(r"\b(?:held|kept|left|maintained|holds|keeps|leaves|maintains)\s+((?:[A-Z][\w’'\-]*\s){0,3}"
                               r"(?:Rate|rate|Rates|rates))(?:\s+(?:unchanged|steady|stable|flat|on\s+hold))?\s+(?:at|in)$", early)
        if named_rate and named_rate.group(1)[0].isupper():
            return named_rate.group(1)
    if held and not any(w.lower() in EN_VERBS for w in held.group(3).split()):
        # ("… 4.25% next year and kept its growth forecast at 0.8%": a bare "and" owns nothing.)
        owner = en_clause_subject(held.group(1)) or re.sub(r"^\W*(?:and|but|or|then|while)?\W*$", "", held.group(1))
        return owned(owner, held.group(2), held.group(3)) if held.group(2) != "the" else held.group(3)
    # "Nonfarm payrolls increased by 142,000 jobs", "Inventory climbed to 1.37 million homes":
    # the count's noun is the unit; what rose is the clause's subject.
    clause = en_clause_subject(early) if match.unit is None and _EN_MOVED_COUNT_RE.search(early) else None
    if clause and clause.split()[0].lower() not in ("its", "their"):
        return clause
    if not after.startswith((",", ".", ";", ":")) and not expected:
        np = en_np(re.sub(r"^\s*dollars?\b", "", after).strip(), nominal=determined)
        np = EN_AFTER_COUNT_VERB.sub("", np) if np else np  # "10 candidates meet", "40 workers walked out"
        if np and re.fullmatch(r"(?:pace|clip|rate)", np, re.IGNORECASE) and re.search(
                r"\bat\s+(?:an?|the)\s+(?:[\w\-]+\s+)?$", sentence[:match.start]):
            np = en_clause_subject(early)  # "the economy grew at an annualized 2.8% pace": the economy grew
        if np and not PERIOD_RE.match(np) and not EN_BASIS_RE.match(np) and not re.match(
                r"(?:previous|prior|last|next|this|same|year|month|week|quarter"
                r"|lower|higher|more|less|fewer|above|below|smaller|larger|bigger|greater|compared|versus|vs"
                # ("Shares rose 2% today", "… 3% Tuesday": when, not what was counted)
                r"|today|yesterday|tonight|tomorrow|overnight|earlier|later|previously|before|so\s+far"
                r"|Monday|Tuesday|Wednesday|Thursday"
                r"|Friday|Saturday|Sunday)\b",
                np, re.IGNORECASE):
            return np
    prefix = re.sub(r"[(（]\s*$", "", before).strip()
    # The prefix was stripped: give the approximation pattern its trailing space back ("of up to").
    prefix = re.sub(APPROX_BEFORE_EN.pattern, "", prefix + " ", flags=re.IGNORECASE).strip()
    prefix = re.sub(r"\b(?:a|an|the|between)$", "", prefix).strip()
    moved = outlook_moved(prefix)  # "we are raising our revenue outlook to a range of"
    if moved:
        return moved
    obj = EN_OBJECT_VERBS.search(prefix)
    if obj:
        measured = en_np(obj.group(1)) or obj.group(1)
        generic = re.match(r"(?:the\s)?(value|size|number|amount|level|price|cost|total|count|tally|pool)\s+of\s+(?:its\s|their\s|the\s)?(.+)$",
                           obj.group(1), re.IGNORECASE)
        if generic and en_np(generic.group(2)):
            measured = f"{generic.group(1)} of {en_np(generic.group(2))}"  # "the value of its office portfolio"
        pronoun = measured.split()[0].lower()
        if pronoun in ("its", "their") and len(measured.split()) > 1:
            owner = EN_LEADING.sub("", prefix[:obj.start()].strip())
            if owner and not any(w.lower() in EN_VERBS for w in owner.split()):
                return owned(owner, pronoun, measured.split(" ", 1)[1])
        return measured
    # "a return on tangible equity of about 12%": a ratio named with "on".
    ratio = re.search(r"(return\s+on\s+(?:average\s+|tangible\s+|invested\s+|common\s+)*(?:equity|assets|capital|investment))"
                      r"\s+of$", prefix, re.IGNORECASE)
    if ratio:
        return ratio.group(1)
    # "the agency's budget request for $22.6bn", "a takeover offer worth $3 billion": the request is measured.
    request = re.search(r"((?:[\w’'\-]+\s+){0,3}(?:request|bid|offer|proposal|order|contract|deal|budget|package|loan"
                        r"|settlement|award|grant)s?)\s+(?:for|worth|valued\s+at|totaling|totalling)$", prefix)
    if request:
        kept = []
        for word in reversed(request.group(1).split()):
            if word.lower() in EN_STOP_NP or word.lower() in EN_VERBS or word.lower() in _EN_FORECAST_VERBS:
                break
            kept.insert(0, word)
        if kept:
            return " ".join(kept)
    # "Google Cloud revenue of $9.19 billion", "a margin of 20 points".
    # "Teller's closing price on Friday of $61.70": the day says when, the price is what.
    of_m = re.search(r"((?:[\w’'\-]+\s){0,3}[\w’'\-]+)\s+of$", re.sub(
        r"\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+of$)", "", prefix))
    if of_m and of_m.group(1).split()[-1].lower() not in EN_STOP_NP | {"tune", "total", "sum", "amount", "range"}:
        # "posted a net loss of": the noun phrase before "of", no verb, article or description ("a still substantial").
        kept: list[str] = []
        for word in reversed(of_m.group(1).split()):
            lowered = word.lower()
            # "Norvik Systems forecast revenue growth of": a verb of forecasting in front of
            # the noun phrase belongs to whoever forecasts (it is a noun only at the end).
            if (lowered == "per" and kept) or (lowered in ("previous", "prior", "earlier", "original") and kept
                                                and kept[0].lower() in EN_OUTLOOK_NOUNS):
                kept.insert(0, word)  # "earnings per share of $2.10", "its previous forecast of $9.6 billion"
                continue
            if lowered in EN_STOP_NP or lowered in EN_VERBS or (kept and lowered in _EN_FORECAST_VERBS | _EN_BOOKING_VERBS) or (
                    kept and word.islower() and lowered.endswith(("al", "ous", "ive", "ful", "able", "ly"))
                    and lowered != "comparable"):  # ("forecast comparable sales growth of": a term, not a description)
                break
            kept.insert(0, word)
        if len(kept) > 1 and kept[0].lower() in ("record", "book", "take", "incur", "recognize", "recognise", "post") \
                and re.search(rf"\bto\s+{kept[0]}\s", prefix):
            kept = kept[1:]  # "expects to record restructuring charges of": the infinitive is no part of the name
        if kept:
            return " ".join(kept)
    # "a state Trump won by 30 points".
    won = re.search(r"([A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?)\s+(?:won|lost|led|trailed|leads|wins)\s+by$", prefix)
    if won:
        return won.group(1)
    return en_clause_subject(prefix)


_EN_MOVED_COUNT_RE = re.compile(
    r"\b(?:rose|rises|fell|falls|increased|increases|decreased|decreases|climbed|climbs|jumped|dropped|declined"
    r"|grew|slipped|surged|eased|rebounded|edged\s+(?:up|down)|ticked\s+(?:up|down))\s+(?:by|to)$")
_EN_FORECAST_VERBS = EN_REPORTING | frozenset(
    "forecast forecasts predicted predicts project projects see sees saw guided guides targets targeted reported reports".split())
# "booked impairment charges of £310 million": the verb that records an amount is no part of its name.
_EN_BOOKING_VERBS = frozenset("booked books recorded records incurred incurs recognized recognised took takes".split())
_EN_CHANGE_OBJECT_VERBS = frozenset(
    "lowered lowers raised raises cut cuts increased increases reduced reduces boosted boosts lifted lifts "
    "trimmed trims expanded expands narrowed narrows widened widens".split())


# "LONDON (Reuters) - ", "NEW YORK, Dec 3 (Wire) — ": a wire story's dateline names no subject.
DATELINE_RE = re.compile(r"^\s*[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}(?:,[^()\-–—]{0,30})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+")
# People in the plural: "its" after "Analysts said" is some company, never them.
_EN_PEOPLE_PLURAL_RE = re.compile(
    r"(?:^|\s)(?:[A-Za-z\-]+(?:ists|ers|ors|ants|ians)|people|officials|sources|executives|insiders|experts"
    r"|economists|analysts|investors|observers|critics|others|some|many)$", re.IGNORECASE)
_EN_HEDGES = "likely|probably|possibly|reportedly|also|only|just|still|further|slightly|sharply|again"


_EN_CLAIM_KINDS = frozenset("initial continuing jobless unemployment insurance warranty pending new total".split())


def en_clause_subject(prefix: str) -> str | None:
    """The noun phrase before the first verb of an English clause (after a last "that")."""
    prefix = DATELINE_RE.sub("", prefix)
    # "raised its sales forecast after comparable sales rose 5.8%": a clause of its own, with a
    # subject and a verb, after a subordinating word names what the figure measures.
    subordinate = list(re.finditer(r"\b(?:after|while|whereas|since)\s+(?!tax\b|taxes\b|interest\b)", prefix))
    if subordinate:
        rest = prefix[subordinate[-1].end():].split()
        if len(rest) > 1 and (rest[0].lower() not in EN_VERBS or rest[0].lower() in ("cost", "costs")) \
                and any(w.lower() in EN_VERBS for w in rest[1:6]):
            prefix = " ".join(rest)
    # "ECB staff now see inflation averaging 2.0%", "see the unemployment rate ending the year at 4.3%".
    seen = re.search(r"\b(?:see|sees|saw|expect|expects|expected|project|projects|projected|forecast|forecasts)\s+"
                     r"(?:the\s+)?((?:[\w’'\-]+\s){0,3}?[\w’'\-]+)\s+(?:averaging|ending\s+(?:the\s+)?(?:year|quarter)\s+at"
                     r"|reaching|hitting|peaking\s+at|bottoming\s+at|at"
                     # "now expects the unemployment rate to peak at 4.6%"
                     r"|to\s+(?:peak|bottom|average|top\s+out|settle|end\s+(?:the\s+)?(?:year|quarter))\s+(?:at|around|near))\s*$",
                     prefix)
    if seen and not any(w.lower() in EN_VERBS or w.lower() in EN_STOP_NP for w in seen.group(1).split()):
        return seen.group(1)
    # "sending its shares down 12%", "pushing the yield up 9 basis points".
    sent = re.search(r"\b(?:sending|pushing|driving|dragging|lifting|knocking|taking)\s+(?:its|their|the)\s+"
                     r"((?:[\w’'\-]+\s){0,2}?[\w’'\-]+)\s+(?:up|down|higher|lower)(?:\s+by)?\s*$", prefix)
    if sent:
        return sent.group(1)
    said = said_that_it_owner(prefix)  # "Skyward Airlines said on Thursday that it carried"
    owner = en_clause_subject(said) if said else None
    if owner and owner.lower() not in EN_PRONOUN_SUBJECTS:
        return owner
    if re.search(r"\b(?:that|because|if|when|as)\s", prefix):
        prefix = re.split(r"\b(?:that|because|if|when|as)\s", prefix)[-1]
    prefix = en_after_saying(prefix)  # "opened the call by saying margin rose to 17.2%"
    prefix = re.sub(r"\s(?:more|less)\s+than\s+(?=[a-z]+ed\b)", " ", EN_LEADING.sub("", prefix.strip()))  # "more than doubled"
    prefix = re.sub(r"^(?:with|which|who|where)\s+", "", prefix, flags=re.IGNORECASE)
    subject_words: list[str] = []
    words = prefix.split()
    for position, word in enumerate(words):
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if word.lower() in ("cost", "costs") and (subject_words or position == 0) and not re.match(
                r"[$€£¥\d]|about|around|nearly|more|less|over|up|an?$|the$", following):
            subject_words.append(word)  # "Unit costs excluding fuel fell": a noun, not the verb
            continue
        if word.lower() == "claims" and (position == 0 or subject_words and subject_words[-1].lower() in _EN_CLAIM_KINDS):
            subject_words.append(word)  # "Initial claims for unemployment benefits fell": a noun, not the verb
            continue
        if (word.lower() in _EN_CHANGE_OBJECT_VERBS and word.lower() not in EN_VERBS
                and following in ("its", "their", "his", "her", "our", "the")):
            # (with no subject before it — "…, and cut their growth forecast to 1.1%" — the object alone)
            # "Dunmore cut its annual profit forecast to $1.10": "cut" is no noun before "its".
            return owned(" ".join(subject_words), following, en_np(" ".join(words[position + 2:])))
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
                measured = en_np(" ".join(words[position + 2:]))
                return owned(" ".join(subject_words), following, measured)
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
                    return f"{possessive(owner)} {inner.split(' ', 1)[1]}"  # "Crestfield said on Tuesday its net profit…"
                if inner in _EN_OWN_METRICS and re.fullmatch(r"(?!The\b)[A-Z][\w&\-]*(?:\s[A-Z][\w&\-]*){0,3}", owner):
                    return f"{possessive(owner)} {inner}"  # "Nimbus Auto said deliveries rose 27%": Nimbus's
                if inner is None and following in ("its", "their") and owner and owner.lower() not in EN_PRONOUN_SUBJECTS:
                    # "Keystone Micro said its revenue slipped 3%": "its" is the company that said it.
                    rest = en_clause_subject(" ".join(words[position + 2:]))
                    rest = re.sub(rf"\s+(?:{_EN_HEDGES})$", "", rest) if rest else rest
                    if following == "its" and _EN_PEOPLE_PLURAL_RE.search(owner):
                        # "Analysts said its revenue slipped": "its" is not the analysts.
                        return f"its {rest}" if rest else None
                    return f"{possessive(owner)} {rest}" if rest else None
                if inner is None and word.lower() in _EN_OUTLOOK_VERBS and 0 < len(words) - position - 1 <= 4:
                    # "The company expects fourth-quarter revenue between $13 billion and…": what is expected.
                    outlook = en_np(" ".join(words[position + 1:]))
                    if outlook and not any(w.lower() in EN_VERBS for w in outlook.split()):
                        return outlook
                return inner
            break
        subject_words.append(word)
    else:
        # No verb before the number: "revenue of $5 billion" or nothing useful.
        of_m = re.search(r"([\w’'\-]+(?:\s[\w’'\-]+){0,3})\s+of\s*$", prefix)
        if of_m:
            return en_np(of_m.group(1))
        # "Halvern on Wednesday forecast first-quarter revenue between $2.05 billion and…": what is forecast.
        forecast = re.search(r"\b(?:forecast|forecasts|projected|projects)\s+((?:[\w’'\-]+\s+){0,3}[\w’'\-]+)$", prefix)
        named = en_np(forecast.group(1)) if forecast else None
        return named if named and not any(w.lower() in EN_VERBS for w in named.split()) else None
    subject = " ".join(subject_words).strip(" ,")
    subject = re.sub(r"(?:’s|'s)$", "", subject)
    subject = re.sub(r"(?:\s+(?:in|on|at|of|for|to|by|from|with|the|a|an|nearly|almost|roughly|also|still))+$", "", subject)
    if subject.lower() in ("its shares", "their shares", "its stock", "its share price"):
        return subject.split(" ", 1)[1]  # "Its shares fell 2.4%": the company's shares
    if not subject or subject.lower() in EN_PRONOUN_SUBJECTS or len(subject.split()) > 10:
        return None
    if subject.lower() in _EN_TIME_WORDS:
        return None  # "Revenue rose 5% yesterday and fell 3% today": when, not what; the subject carries over
    if subject.split()[0].lower() in ("that", "this", "these", "those", "it", "its") and len(subject.split()) <= 2:
        return None
    if subject.split()[0].lower() in ("to", "of", "for", "with", "in", "on", "at", "by", "never", "not"):
        return None
    if subject.split()[0] in ("Its", "Their") and len(subject.split()) > 1:
        return subject.split(" ", 1)[1]  # "Its cloud unit grew 21%": the pronoun names no one shown
    return subject


_EN_TIME_WORDS = frozenset(("yesterday", "today", "tonight", "tomorrow", "overnight", "earlier", "later", "then", "now"))


# What only a company has: a named company that says they moved says its own moved ("orders" or
# "shipments" may be a statistics office's report on a whole industry: "Destatis said orders fell").
_EN_OWN_METRICS = frozenset(("deliveries",))
_EN_OUTLOOK_VERBS = frozenset(
    "expect expects expected see sees saw forecast forecasts project projects projected anticipate anticipates guided".split())
