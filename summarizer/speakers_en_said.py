"""English reported speech: X said (that) …, …, said X, … according to X.

The speaker is named as for direct quotes (summarizer.speakers_en); this module decides
which words after or before the verb are the reported clause.
"""

from __future__ import annotations

import re

from summarizer.speakers import Context, Person
from summarizer.speakers_en import (
    _ABBREVIATION_RE,
    _ADVERBIAL,
    _EN_ACCORDING_RE,
    _EN_PRONOUN,
    _EN_TITLE_WORDS,
    EN_VERBS,
    _en_person,
    _en_who,
    _known_name,
)

# Reported speech: verbs that report words. "X said the plant will close" is speech;
# "X reported revenue of $9 billion", "X posted a loss", "X asked them to leave" are not,
# so the verbs of the second group report speech only with "that".
_SAY_VERBS = (
    "said says say told tells added adds noted notes explained explains insisted insists warned warns argued "
    "argues stated acknowledged acknowledges admitted admits cautioned cautions emphasized emphasizes stressed "
    "stresses concluded concludes"
).split()
_THAT_VERBS = (
    "wrote writes reported announced recalled observed remarked declared replied responded tweeted posted "
    "predicted estimated suggested claimed claims believes thinks testified testifies"
    " countered counters contended contends alleged alleges asserted asserts confirmed confirms"
).split()
# Verbs whose object may be the one warned rather than a clause: "warned lenders over …".
_WARN_VERBS = ("warned", "warns", "cautioned", "cautions")
_INDIRECT_VERB_RE = re.compile(r"\b(?:" + "|".join(_SAY_VERBS + _THAT_VERBS) + r")\b")
# "…, the retailer said on Wednesday." / "…, the company said in a statement.": when and where it was said.
_WHEN_WHERE_SAID = (r"(?:\s(?:(?:late|early)\son|on|late|early|last|this|earlier)\s(?:[A-Z][a-z]+day|week|month|year|night|morning|afternoon)"
                    r"(?:\s(?:night|morning|afternoon|evening))?|\s(?:in|at|on|during)\s(?:a|an|its|his|her|their|the)\s[a-z\-]+"
                    r"(?:[’']s)?(?:\s[a-z\-]+){0,3}(?:\s(?:in|at)\s[A-Z][a-z]+(?:,\s[A-Z][a-z]+(?=\.?$))?)?"
                    # "in a memo seen by Reuters", "on the company’s earnings call": where, not who
                    r"(?:\s(?:seen|obtained|reviewed|viewed)\sby\s(?:the\s)?[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)*)?){0,2}")
# "said separately that", "said previously it would": how or when they said it, not what.
_HOW_SAID = (r"(?:separately|previously|repeatedly|privately|publicly|recently|subsequently|initially|originally"
             r"|firmly|flatly|bluntly|openly|explicitly|specifically|also|again|later|only|simply|merely)\s")
# "warned, however, that", "said, though, …": a sentence adverb is not part of what was said.
_SENTENCE_ADVERB = r"(?:however|though|also|again|separately|previously|repeatedly|further|moreover|instead|too),?\s"
# "…, chief executive Owen Marsh told employees": the ones told, not part of who spoke.
_TOLD_WHOM = (r"(?:reporters|journalists|employees|staff|workers|investors|analysts|shareholders|lawmakers|legislators"
              r"|senators|lawmakers|the\s(?:jury|court|committee|audience|crowd))")
_THAT_RE = re.compile(rf"\s*,?\s*(?:{_HOW_SAID})?(?:{_ADVERBIAL}|{_SENTENCE_ADVERB}){{0,2}},?\s*that\s")
# A reported clause starts with its subject, not with a preposition, a conjunction or a verb
# ("said in a statement", "said while visiting", "said last year had surpassed").
_NOT_CLAUSE_START = frozenset(
    """in on at of for from with by about to into over under near across between against during while when
    as after before because if had has have was were is are be been will would could should may might can
    did does do not so and but or also then than again further goodbye hello""".split()
)
_AUXILIARIES = frozenset("is are was were has have had will would could can may might should does do did".split())
_WHEN_RE = re.compile(
    r"^\s*,?\s*(?:(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s(?:week|month|year|\w+day)"
    r"|this\s(?:week|month|year)|earlier(?:\sthis\s\w+)?)\s"
)


# "Brixton chairman Gordon Wye described the letter as … and said …": the subject of the first verb
# says what follows the second. The first verb is a past or present verb after a capitalised subject.
_COORDINATED_RE = re.compile(
    r"\s*(?P<who>(?:[A-Z][\w.’'&\-]*\s|[a-z\-]+\s(?=[a-z\-]*\s?[A-Z])){0,8}?[A-Z][\w.’'&\-]*"
    r"(?:,\s(?:a|an|the|who)\s[^,\x00]{2,60},)?)"  # "Priya Raman, the chief executive, rejected …"
    # ("White House press secretary Josh Earnest condemned …": "press" is part of a title, not the first verb)
    r"\s(?!(?:press|affairs|sales|news|operations|relations|services|communications|economics|politics|markets"
    r"|products|systems|resources|business)\b)"
    r"(?:[a-z]{3,}ed|[a-z]{3,}s|took|made|gave|met|spoke|held|sent|left|won|lost|sold|bought|cut|set|put)\b[^.;:!?]*?"
    r",?\s(?:and|but)\s$")
# "In Washington, press secretary Josh Earnest condemned the attack and said …": a place or time put in
# front is not the subject of the first verb; the coordinated subject is looked for after it.
_FRONTED_RE = re.compile(r"(?:In|At|From|On|Meanwhile|Separately|Elsewhere|Later)\b[^,\x00]{0,40},\s")


def _coordinated(prefix: str) -> re.Match[str] | None:
    """The subject of a first verb coordinated with a speech verb, after any fronted place or time."""
    fronted = _FRONTED_RE.match(prefix)
    return _COORDINATED_RE.match(prefix) or (_COORDINATED_RE.match(prefix, fronted.end()) if fronted else None)


def en_indirect(sentence: str, context: Context, original: str | None = None) -> list[tuple[Person, str]]:
    """Reported speech of one sentence; "He said that A, and he noted that B" is two statements."""
    found = []
    for person, said in _en_indirect(sentence, context, original):
        parts = _AND_HE_SAID_RE.split(said)
        # "it"/"they" after a person is someone else (or unsure): never the same speaker.
        pronouns = ["f" if "she" in m.group().split() else "m" if "he" in m.group().split() else "x"
                    for m in _AND_HE_SAID_RE.finditer(said)]
        if len(parts) > 1 and (person.kind == "org" or any(g not in (person.gender or "mf") for g in pronouns)):
            # "The company said A, and he noted B", "Mary Lee said A, but he said B": whoever "he"
            # is, not the one who said A; only A is theirs.
            parts = parts[:1]
        parts = [_AUTHOR_REPLY_RE.split(part, maxsplit=1)[0] for part in parts]
        parts = [_SOURCE_TAIL_RE.sub("", _OTHER_SPEAKER_RE.split(part, maxsplit=1)[0]) for part in parts]
        # "… but insisted progress had been made": the statement ends there (the second is left out, as a
        # reader marking the first would: it stands on a verb of its own without a subject).
        parts = [_SAME_SPEAKER_RE.split(part, maxsplit=1)[0] for part in parts]
        found += [(person, part.strip()) for part in parts if len(part.split()) >= 3] if len(parts) > 1 else [(person, parts[0])]
    return found


# "Reed has said that he expects to save $300 million, but that may be hard to do": after the
# reported clause, the writer answers it ("but that's an unproven assumption"); that is not theirs.
_AUTHOR_REPLY_RE = re.compile(
    r",?\s(?:but|though|although|yet)\s(?:that|this)(?:[’']s|\s(?:is|was|may|might|could|seems|looks|remains"
    r"|will\sbe|would\sbe|is\snot|isn[’']t|wasn[’']t))\s")


_AND_HE_SAID_RE = re.compile(
    r"(?:,?\s(?:and|but)|,)\s(?:he|she|it|they)\s(?:has\s|have\s|had\s)?(?:also\s)?(?:"
    + "|".join(_SAY_VERBS + _THAT_VERBS + ["said", "acknowledged"]) + r")\s(?:that\s)?")
# "… was fine and the military said it was keeping him safe": another speaker's statement begins; it is not
# the first speaker's (the one found with its own verb is listed by itself, if at all).
_OTHER_SPEAKER_RE = re.compile(r",?\s(?:and|but|while)\s(?:the\s(?:[a-z\-]+\s){0,2}[a-z\-]+|[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2})"
                               r"\s(?:said|says|told|added|noted|insisted)\b")
# "… were “legitimate …” but insisted progress had been made": the same speaker's second statement.
_SAME_SPEAKER_RE = re.compile(r",?\s(?:and|but)\s(?:also\s)?(?:insisted|added|noted|argued|stressed|acknowledged|admitted"
                              r"|conceded|warned)\s(?:that\s)?")
# "…, according to Jane Doe of the Financial Times." / "…, citing Reuters.": who passed the words on, not the words.
_SOURCE_TAIL_RE = re.compile(r",\s(?:according\sto|citing|per)\s[^,]+$")


def _en_indirect(sentence: str, context: Context, original: str | None = None) -> list[tuple[Person, str]]:
    """X said (that) …, …, said X, … according to X.

    `sentence` has its direct quotes masked (NULs); `original` is the sentence as written.
    A sentence that carries a direct quote gives reported speech only when the reported
    clause starts before the quote ("Mr. Reeves said he thought … a “deal with the devil.”").
    """
    sentence = _ABBREVIATION_RE.sub(r"\1", sentence)  # "said Lt. Matt Harris" (same length but for the dot)
    original = _ABBREVIATION_RE.sub(r"\1", original) if original is not None else None
    if (saying := _saying(sentence, original, context)):
        return saying
    if "\x00" in sentence:
        found = _who_said(sentence, original, context)
        if found:
            return found  # "…, echoed by Sam Lee, chief economist at X, who said inflation was “…”"
        verb = _INDIRECT_VERB_RE.search(sentence)
        if original is None or verb is None or verb.start() == 0:
            return []
        prefix, after_verb = sentence[:verb.start()], sentence[verb.end():]
        coordinated = _coordinated(prefix)
        if coordinated and "\x00" not in coordinated.group("who") and (
                "\x00" not in after_verb or len(after_verb[:after_verb.index("\x00")].split()) >= 3):
            # "Wye described the letter as “a negotiating tactic” and said the company would …"
            # (… and said wage gains were "finally outpacing inflation.": a clause with a partial quote of its own)
            person = _en_who(coordinated.group("who") + " ", context)
            said = _reported_clause(verb.group(), original[verb.end():])
            return [(person, said)] if person and said else []
        subject = prefix[prefix.rfind(", ") + 1:] if "\x00" in prefix else prefix
        if "\x00" in subject or not subject.strip() or (
                "\x00" in after_verb and len(after_verb[:after_verb.index("\x00")].split()) < 3):
            return []  # the quote's attribution is handled with the quote
        if "\x00" in prefix and re.fullmatch(rf"\s*{_EN_PRONOUN}\s*", subject) and re.search(
                r"\b[A-Z][a-z]+\s[A-Z][a-z]+\b", prefix[:prefix.rfind(", ")]):
            return []  # "…did not appeal to Julie Graham, …, she said …": which "she" is unsure
        person = _en_who(sentence[:verb.start()], context)
        said = _reported_clause(verb.group(), original[verb.end():])
        return [(person, said)] if person and said else []
    found = _who_said(sentence, original, context)
    if found:
        return found
    # "…, said Scott Paul, who heads …" / "…, Reuters reported." / "…, a source told Reuters."
    # "…, the source, who had spoken to people inside, told Reuters.": the relative clause goes.
    relative = re.search(rf",\s(?P<who>[^,\x00]+?),\s(?:who|which)\s[^,\x00]+,\s(?P<verb>{EN_VERBS})"
                         r"(?P<tail>(?:\s(?:[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)*|reporters|journalists))?\.?)$", sentence.rstrip())
    trailing = sentence.rstrip() if relative is None else (
        f"{sentence[:relative.start()]}, {relative.group('who')} {relative.group('verb')}{relative.group('tail')}")
    # "…, the health commission said, according to Reuters.": who passed it on, after the one who said it.
    trailing = re.sub(rf"(\s(?:{EN_VERBS})),\s(?:according\sto|citing)\s[A-Z][^,\x00]*\.?$", r"\1.", trailing)
    m = re.search(rf",\s(?:(?P<verb1>{EN_VERBS})\s(?P<who1>[^,.]+?(?:\s[A-Z]\.\s[^,.]+?)?)|(?P<who2>[^,]+?)\s(?P<verb2>{EN_VERBS})"
                  rf"(?:\s(?:[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)*|{_TOLD_WHOM}))?(?:\s(?:while|during)\s[^,]*)?"
                  rf"{_WHEN_WHERE_SAID})"
                  rf"(?P<rest>,\s.*|\.)?$",
                  trailing)
    if m and m.group("verb1") in ("told", "tells"):
        m = None  # "…, told Reuters": whom they told, not who spoke
    mid = m is not None and (m.group("rest") or "").startswith(", ")  # "The tuft cell, Herbert said, is …"
    if m and m.group("who2") and re.search(r"\b(?:that|which|who|whom)\b", m.group("who2")):
        m = None  # "…, a finding that she reported in 2009": a relative clause, not an attribution
    if m and m.group("verb1") and any(w.lower() in _AUXILIARIES for w in m.group("who1").split()):
        m = None  # "John Park, a trader at Lark, said the market was calm": a clause follows, not a name
    if m and len(sentence[:m.start()].split()) >= (2 if mid else 4) \
            and (m.group("verb1") or m.group("verb2")) in _SAY_VERBS + ["reported"]:
        who = m.group("who1") or m.group("who2")
        rest = (m.group("rest") or "").rstrip(".")
        first_clause = rest[2:].split(",")[0].split()
        appositive = rest.startswith((", who ", ", which ")) or (
            rest.startswith((", a ", ", an ", ", the ")) and any(w.lower() in _EN_TITLE_WORDS for w in first_clause)) or (
            re.fullmatch(r",\san?\s[^,\x00]+", rest) is not None) or (  # "…, says Jane Porter, a physiologist at X."
            # "…, said Lt. Matt Harris, Columbus Police Department spokesman.": a title with no article
            re.fullmatch(r",\s[A-Z][^,\x00]{0,60}", rest) is not None and rest.split()[-1].lower() in _EN_TITLE_WORDS)
        title = None
        if rest.startswith((", a ", ", an ")) and not appositive:
            # "This system, says Richard Locksley, an immunologist at UCSF, helps direct …"
            parts = rest[2:].split(", ")
            cut = next((i for i in range(1, len(parts)) if re.match(r"[a-z]+\b", parts[i])
                        and parts[i].split()[0] not in ("and", "or", "a", "an", "the")), None)
            if cut is not None:
                title, rest = ", ".join(parts[:cut]), ", " + ", ".join(parts[cut:])
        person = _en_person(who, rest if appositive else title, context)
        if person:
            said = sentence[:m.start()].strip()
            if rest and not appositive and re.match(r",\s(?!(?:during|including|according|nothing|something|everything)\b)[a-z]+ing\b", rest):
                rest = ""  # "…, the people said, asking not to be identified": how they spoke, not what they said
            if rest and not appositive:
                tail = rest[2:]
                # "Within months, Forte said, Whole Foods was selling …" / "The tuft cell, Herbert said, is …"
                first = tail.split()[0] if tail.split() else ""
                predicate = first in _AUXILIARIES or (
                    first.endswith("s") and len(said.split()) <= 4 and said.split()[0] in ("The", "This", "That", "Its", "A", "An"))
                said += (" " if predicate else ", ") + tail + "."
            return [(person, said)]
    verb = _INDIRECT_VERB_RE.search(sentence)
    if verb and verb.start() > 0:
        coordinated = _coordinated(sentence[:verb.start()])
        person = _en_who(coordinated.group("who") + " " if coordinated else sentence[:verb.start()], context)
        said = _reported_clause(verb.group(), sentence[verb.end():])
        if person and said:
            return [(person, said)]
    m = _EN_ACCORDING_RE.search(sentence)
    if m and _DATA_AFTER_RE.match(sentence, m.end()):
        return []  # "according to LSEG data": a source of numbers, not a speaker
    if m:
        said = sentence[:m.start()].strip(" ,")
        if re.fullmatch(r"(?:But|And|However|Yet|Still)?", said):
            return _according_first(m, sentence, context)
        person = _en_person(m.group("who"), None, context)
        if person and said and said.split()[0].lower() not in _NOT_CLAUSE_START and len(said.split()) >= 4:
            return [(person, said)]
    return []


# What a data provider is cited for: "according to LSEG data", "according to FactSet estimates".
_DATA_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:data|figures|estimates|statistics|stats|numbers|calculations|filings|records|tallies|polls?"
    r"|surveys?|projections|consensus|tracking|indices|index|prices|rankings)\b", re.IGNORECASE)


def _according_first(m: re.Match[str], sentence: str, context: Context) -> list[tuple[Person, str]]:
    """"According to Ravi Menon, head of research at Sandhill, the rally reflects …": the
    clause after the name (and its title) is what they said; a company or a report is left out."""
    rest = sentence[m.end():]
    if not rest.startswith(", "):
        return []
    parts = rest[2:].split(", ")
    title = None
    while len(parts) > 1 and (re.match(r"(?:a|an|the)\s", parts[0]) or parts[0][:1].islower()) and any(
            w.lower().strip(".") in _EN_TITLE_WORDS for w in parts[0].split()[:4]):
        title = title or re.sub(r"^(?:a|an|the)\s", "", parts[0])
        parts = parts[1:]
    said = ", ".join(parts).strip()
    words = said.split()
    if len(words) < 4 or words[0].lower() in _NOT_CLAUSE_START:
        return []
    who = m.group("who")
    if not (title or len(who.split()) >= 2 or _known_name(who, context)) or who.isupper():
        return []  # "According to WHO, …": an agency or a document, not a speaker
    person = _en_person(who, title, context)
    return [(person, said)] if person is not None and person.kind != "org" else []


_WHO_SAID_RE = re.compile(r"(?<![\w’'])(?P<who>[A-Z][a-z’'\-]+(?:\s[A-Z][a-z’'\-]+){1,2})(?P<appos>,\s[^,\x00]{3,80})?"
                          r",\swho\s(?:also\s)?(?P<verb>said|says)(?=\s)")


def _who_said(sentence: str, original: str | None, context: Context) -> list[tuple[Person, str]]:
    """"…joined by Karen Liu, the mayor of nearby Elmwood, who said her city …", "…echoed by Sam Lee,
    chief economist at X, who said …": a named person (with what they are), then "who said"; only when
    nothing in the sentence before said anything and no quote stands before the name.
    """
    who_said = _WHO_SAID_RE.search(sentence)
    if who_said is None or _INDIRECT_VERB_RE.search(sentence[:who_said.start()]) or "\x00" in sentence[:who_said.end()]:
        return []
    appos = (who_said.group("appos") or "").strip(", ") or None
    if appos is not None and not re.match(r"(?:the|a|an)\s", appos) and not any(
            w.lower() in _EN_TITLE_WORDS for w in appos.split()):
        return []  # "Tom Reyes, Ana Ruiz, who said": a list of names, not a name and what they are
    person = _en_person(who_said.group("who"), appos, context)
    said = _reported_clause(who_said.group("verb"), original[who_said.end():] if original else "")
    return [(person, said)] if person and person.kind == "person" and said else []


# "Rachid Ghannouchi condemned the attack, saying in a statement that it “will not break …”": the one
# who did the first thing says what follows "saying".
_SAYING_RE = re.compile(r"(?P<subject>[^\x00]{2,120}?)\s(?:[a-z]{3,}ed|issued|made|gave|sent|took|spoke)\b[^,\x00]{0,60},"
                        r"\s(?:saying|noting|arguing|insisting)(?=\s)")


def _saying(sentence: str, original: str | None, context: Context) -> list[tuple[Person, str]]:
    """X did something, saying (that) …: X's reported words, read as after "said"."""
    m = _SAYING_RE.match(sentence)
    if m is None or original is None or re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had)$|\s(?:and|&)\s",
                                                   m.group("subject")):
        return []  # "The plant was closed, saying …": no one named does it; "Reid and Sandhu dissented": two do
    person = _en_who(m.group("subject") + " ", context)
    said = _reported_clause("said", original[m.end():]) if person is not None else ""
    return [(person, said)] if person is not None and said else []


def _reported_clause(verb: str, rest: str) -> str:
    """What follows a speech verb, if it is a reported clause ("said (on Monday) (that) the plant …").

    "said in a statement.", "reported revenue of $9 billion" and "posted a loss" are not.
    """
    # ("told investors of New Media, its parent, on Oct. 31 that …": whom and when may hold dots and commas)
    told_that = re.match(r"\s*(?:[\w’'.,\-]+\s){1,10}?that\s", rest) if verb in ("told", "tells") + _WARN_VERBS else None
    if told_that:
        rest = " that " + rest[told_that.end():]  # told a few thousand teachers … that …
    elif verb in ("told", "tells"):
        told = re.match(r"\s*(?:[A-Z][\w’'\-]*|reporters|journalists|analysts|investors|him|her|them|us|me|the\s[\w\-]+)"
                        r"(?:\s[A-Z][\w’'\-]*)*\s", rest)
        if not told:
            return ""
        rest = rest[told.end():]
    that = _THAT_RE.match(rest)
    if that:
        said = rest[that.end():]
    elif verb in _SAY_VERBS:
        rest = re.sub(rf"^\s*{_HOW_SAID}", " ", rest, count=1)
        rest = _WHEN_RE.sub(" ", rest, count=1)  # "said on Tuesday the plant …"
        rest = re.sub(rf"^\s*,\s*{_SENTENCE_ADVERB}", " ", rest, count=1)  # "said, however, the plant …"
        words = rest.lstrip(" ,;:").split()
        if not words or words[0].lower() in _NOT_CLAUSE_START:
            return ""
        if verb in ("added", "adds") and re.match(r"(?:(?:about|nearly|some|roughly|another|over)\s)?[$€£¥]?\d", " ".join(words)):
            return ""  # "Healthcare added 54,000 jobs", "the Nasdaq added 285.77 points": a gain, not speech
        if verb in _WARN_VERBS and not any(w in _AUXILIARIES or w == "to" for w in words[1:8]):
            return ""  # "warned lenders on Monday over adverts": whom they warned, no clause nor what to do
        if verb in _WARN_VERBS and "to" in words[1:3] and not any(w in _AUXILIARIES for w in words[:3]):
            return ""  # "warned people to stay away": whom, and what they should do; an instruction, no statement
        said = rest
    else:
        return ""
    said = said.strip()
    return said if len(said.split()) >= 3 else ""
