"""English speakers: "…," X said / said X, X said (that) …, according to X, he/she, the CEO.
"""

from __future__ import annotations

import re

from summarizer.speakers import (
    UNNAMED_SOURCE_RE,
    Context,
    Person,
)
from summarizer.speakers_lead import COMPANY_NOUNS, lead_company
from summarizer.speakers_en_sources import firm_desk, is_one_of, led_by, one_of_group, without_anonymity
from summarizer.speakers_en_titles import EN_TITLE_WORDS as _EN_TITLE_WORDS

EN_VERBS = (
    r"said|says|say|added|adds|told|tells|wrote|writes|has\s+written|noted|notes|explained|asked|recalled"
    r"|insisted|warned|continued|argued|stated|declared|replied|responded|acknowledged|admitted|asks"
    r"|tweeted|posted|claimed|claims|believes|thinks|predicted|estimated|reported|announced|cautioned"
    r"|emphasized|stressed|observed|remarked|concluded|suggested|added|explains|warns|argues|insists|recalls"
    r"|cautions|observes|concludes|responds|replies|stresses|emphasizes|acknowledges|admits|joked|jokes"
    r"|quipped|quips|weighed\s+in|chimed\s+in|pointed\s+out|points\s+out|testified|testifies"
)
_NAME = (r"(?:[A-Z][\w’'\-]*\.?|de|van|von|da|del|la|le|bin|al)"
         r"(?:\s(?:[A-Z][\w’'\-]*\.?|de|van|von|da|del|la|le|bin|al|&|(?:and|of|for)(?=\s[A-Z]))){0,6}")
_EN_PRONOUN = r"(?:he|she|they|He|She|They)\b"  # not the start of "Sheila", "Helen", "Henry"
_EN_ROLE = r"(?:[Tt]he\s(?:[a-z]+\s){0,2}(?:CEO|chief|governor|president|minister|spokesman|spokeswoman|spokesperson|official|executive|senator|mayor|chairman|director|professor|economist|analyst|founder|company|report|study))"
# "according to Data Corp chief executive John Lee": the employer and the title before the name
# belong to the one who speaks, not the employer.
_ACCORDING_TITLED = (rf"(?:{_NAME}\s|(?<=to\s)[a-z]{{3,}}\s(?=[a-z]+\s[A-Z]))?(?:(?:vice|senior|deputy|managing|{'|'.join(sorted(w for w in _EN_TITLE_WORDS if w.isalpha()))})\s){{1,3}}"
                   rf"{_NAME}")
# "according to two people familiar with the matter": unnamed, but a source that speaks.
_ACCORDING_SOURCE = (r"(?:a|an|one|two|three|four|several|other)\s(?:[\w\-]+\s){0,2}?(?:person|people|source|sources|official"
                     r"|officials)\s(?:familiar\swith|close\sto|briefed\son|with\s(?:direct\s)?knowledge\sof)(?:\s[\w\-’']+){1,4}")
_EN_ACCORDING_RE = re.compile(
    rf"\b[Aa]ccording to (?P<who>{_ACCORDING_SOURCE}|{_ACCORDING_TITLED}|{_EN_ROLE}|(?:the\s)?{_NAME}|(?:the\s)?[a-z]+(?:\s[a-z]+){{0,2}})(?![\w\-’'])")
EN_MENTION_RE = re.compile(
    r"(?P<title>(?:[A-Z][a-z]+\s)?(?:Gov\.|Governor|Sen\.|Senator|Rep\.|President|Speaker|Superintendent|Mayor"
    r"|Minister|Secretary|CEO|Chairman|Chairwoman|Dr\.|Prof\.|Premier|Chancellor|Prime\sMinister"
    # ("Outgoing premier Gord Lachance conceded …": an office in lower case, after an adjective or alone)
    r"|premier|mayor|governor|senator|chancellor|prime\sminister))\s(?P<name>[A-Z][a-z]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z\-]+){1,2})"
)
_EN_FUNCTION_WORDS = frozenset(
    "and or of the a an to in on at for with by from as but that this which who".split()
)
_EN_NOT_NAMES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
    January February March April May June July August September October November December
    The A An This That These Those It In On At For But And Or If When While As So Yet Then
    There Here What Who Why How We I You They He She His Her Our Their Its However Meanwhile Still Also
    Indeed Instead Moreover Furthermore Nevertheless Now Even Only Just Both Each Other Another Such Like
    Unlike According After Before During Since Until Although Though Because Last Next Earlier Later
    Correction Update Note Editor Photo Caption Source
    Most Many Some Few Others Several All None Neither Either Everyone Everybody Nobody Someone Somebody Anyone""".split()
)


EN_ATTRIBUTION_AFTER_RE = re.compile(
    rf"[^.“”\"]{{0,30}}?,?\s*(?:(?:he|she|[A-Z][\w.’'@\-]*(?:\s[A-Z][\w.’'\-]*){{0,3}})\s+(?:also\s)?(?:{EN_VERBS})\b"
    rf"|(?:said|says)\s+[A-Z])"
)
EN_SPEECH_VERB_RE = re.compile(rf"\b(?:{EN_VERBS})\b")
# What may stand between the verb and the reported clause: "said on Tuesday", "said in a statement".
_ADVERBIAL = (
    r"(?:(?:on|last|this|next|early|late|earlier|later)\s(?:\w+\s){0,2}?"
    r"|(?:in|at|during|to|via|through|after|before|over|with|from|by)\s(?:[\w’'\-]+\s){0,6}?)"
)
_PREPOSITIONS = frozenset("on in at of for from with by about to into over under near across between against".split())

_EN_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'\-&]*\.?|[A-Z]\.)"  # "U.S." whole
_EN_RUN_RE = re.compile(
    rf"{_EN_CAP}(?:\s(?:(?:of\sthe|de|van|von|der|den|da|del|di|du|dos|la|le|bin|al|of|for|and|the|&)\s){{0,2}}{_EN_CAP})*$")
_EN_ORG_WORDS = frozenset(
    """police association institute federation office department bureau union unions agency ministry
    company corporation inc. inc corp. corp co. co llc plc ltd. ltd group bank reuters bloomberg ap afp times post news
    research centre center council committee commission university school foundation government
    partnership board court""".split()
)


_TITLE_THEN_NAME_RE = re.compile(r"(?:^|\s)(?:[a-z\-]+)\s[A-Z][a-z’'\-]+(?:\s[A-Z]\.)?\s[A-Z][\w’'\-]+$")


def _en_who(before_verb: str, context: Context) -> Person | None:
    """The speaker named in the words in front of a speech verb ("…, a professor at X," included)."""
    clauses = [c.strip() for c in re.split(r",\s|\s[—–-]\s", before_verb.replace("\x00", " ").rstrip(" ,"))]
    # "Keystone, by contrast, said …": a discourse adverbial is neither the name nor a title.
    clauses = [c for c in clauses if c and not _EN_ADVERBIAL_CLAUSE_RE.fullmatch(c)]
    # "Daniel Pike, 52, testified": an age between commas belongs to the name before it; "…, who are
    # twins, both said": "both" only says there are two of them.
    clauses = [c for c in clauses if not re.fullmatch(r"\d{1,3}|both|all|each|also|jointly", c)]
    clauses = without_anonymity(clauses)  # "Another, speaking on condition of anonymity, said"
    if not clauses or is_one_of(clauses[-1]):  # "Another, …, said": another of the group before, or no one
        return one_of_group(clauses[-1], context) if clauses else None
    appositive = None
    who = clauses[-1]
    appositive_like = re.match(r"(?:a|an|the)\s|who\s|which\s", who) or (
        who[:1].islower() and any(w.lower() in _EN_TITLE_WORDS for w in who.split())
        # "In a post on LinkedIn, former Solace executive Ben Ortiz wrote": a title, then the name itself.
        and not _TITLE_THEN_NAME_RE.search(who))
    # "Mayer, Disney’s chairman of direct-to-consumer," : a title clause after a bare name.
    appositive_like = appositive_like or (
        len(clauses) >= 2 and bool(_EN_RUN_RE.fullmatch(clauses[-2])) and not _EN_RUN_RE.fullmatch(who)
        and clauses[-2].split()[0] not in _EN_NOT_NAMES
        and (who[:1].islower() or any(w.lower() in _EN_TITLE_WORDS for w in who.split())))
    # "Jane Doe, CFO of Corvane, said": capitalised title words, then where they work, and no name.
    appositive_like = appositive_like or (
        len(clauses) >= 2 and bool(_EN_RUN_RE.fullmatch(clauses[-2])) and clauses[-2].split()[0] not in _EN_NOT_NAMES
        and _only_title(who))
    if (len(clauses) >= 2 and not appositive_like and _EN_RUN_RE.fullmatch(who)
            and who.split()[0] not in _EN_NOT_NAMES and _title_clause(clauses[-2])):
        # "Orion's finance chief, David Cho, told analysts": the title stands before the name.
        return _en_person(who, re.sub(r"^(?:a|an|the)\s", "", clauses[-2]), context)
    if len(clauses) >= 2 and re.match(r"(?:filed|published|released|issued|dated|submitted|sent|signed|made public)\s", who):
        # "The lawsuit, filed on Monday in federal court, says": when and where the document came out.
        clauses, who = clauses[:-1], clauses[-2]
    if len(clauses) >= 2 and who.startswith("who ") and _EN_UNNAMED_RE.search(clauses[-2]):
        # "Another trader, who asked not to be named, said": the unnamed source before the clause.
        return _en_person(clauses[-2], None, context)
    if len(clauses) >= 2 and appositive_like and _EN_RUN_RE.search(clauses[-2]):
        appositive = who if not who.startswith(("who ", "which ")) else None
        who = clauses[-2]
        # "Jeff Sanborn, president of Chapter & Verse, a Spokane agency,": back to the name itself.
        if len(clauses) >= 3 and not _EN_RUN_RE.fullmatch(who) and _EN_RUN_RE.fullmatch(clauses[-3]) \
                and clauses[-3].split()[0] not in _EN_NOT_NAMES:
            appositive, who = who, clauses[-3]
    if len(clauses) >= 2 and re.fullmatch(_EN_PRONOUN, who):
        role = _role_before(", ".join(clauses[:-1]), context)
        if role is not None:
            return role
    return _en_person(who, appositive, context)


# "When I asked one manager about the cuts, she said": someone unnamed, presented in the same sentence.
_EN_PRESENTED_ROLES = (
    "manager|executive|official|analyst|economist|trader|investor|employee|worker|engineer|lawyer|banker|doctor"
    "|nurse|teacher|resident|customer|owner|spokesperson|spokesman|spokeswoman|source|insider|director|founder|expert"
)
_EN_ROLE_PRESENTED_RE = re.compile(rf"\b((?:a|an|one|another)\s(?:[a-z\-]+\s){{0,3}}?(?:{_EN_PRESENTED_ROLES}))\b")


def _role_before(head: str, context: Context) -> Person | None:
    """He/she after an unnamed person the same sentence presented, and no named one: that role."""
    roles = list(_EN_ROLE_PRESENTED_RE.finditer(head))
    if not roles or re.search(r"\b[A-Z][a-z]", head[roles[-1].end():]):
        return None  # someone named after the role may be the one the pronoun means
    return context.remember(roles[-1].group(1), None, "role")


_EN_ADVERBIAL_CLAUSE_RE = re.compile(
    r"(?:by|in)\scontrast|however|meanwhile|for\s(?:its|his|her|their)\spart|in\sturn|too|also|separately"
    r"|instead|though|on\sthe\sother\shand|for\sexample|in\sparticular", re.IGNORECASE)
# A common noun in front of a company's name at the start of a sentence ("Rival Keystone Micro
# said", "Retailer Brightmart said"): it describes the speaker and is not part of the name.
_EN_DESCRIPTORS = frozenset(
    """Rival Rivals Competitor Peer Retailer Automaker Carmaker Chipmaker Lender Insurer Drugmaker Miner
    Regulator Startup Conglomerate Airline Utility Broker Brokerage Rival's""".split())


_EN_LEAD_ROLES = frozenset(
    """parent resident shopper driver student voter retiree commuter passenger tenant homeowner customer patient
    nurse farmer grower worker volunteer veteran neighbour neighbor fan traveler traveller diner viewer""".split())


def _only_title(clause: str) -> bool:
    """"CFO of Corvane", "Chief Executive Officer at Lumenor": title words, then an employer
    after of/at/for (or nothing), so no name is in it."""
    words = clause.split()
    titles = _EN_TITLE_WORDS | {"financial", "operating", "technology"}
    k = 0
    while k < len(words) and (words[k].lower().strip(".") in titles or k and words[k] in ("and", "&")
                              and k + 1 < len(words) and words[k + 1].lower().strip(".") in titles):
        k += 1  # "President and CEO of Marlow Group"
    return k > 0 and (k == len(words) or words[k] in ("of", "at", "for", "with"))


def _title_clause(clause: str) -> bool:
    """"Orion's finance chief", "the company's chief executive": a title without a name."""
    words = clause.split()
    return bool(words) and len(words) <= 6 and words[-1].lower().strip(".") in _EN_TITLE_WORDS and not any(
        w[:1].isupper() for w in words[1:] if w.lower() not in _EN_TITLE_WORDS)


# Fields of knowledge and bodies of evidence are no speakers: what they "show" or "tell us" is
# the writer's own claim. (A named report or an organisation that issues statements still is.)
_EN_NO_SPEAKER_RE = re.compile(
    r"(?:(?:[Tt]he|[Mm]odern|[Rr]ecent|[Nn]ew|[Pp]ast|[Ss]cientific|[Mm]edical|[Hh]istorical|[Ee]mpirical|[Cc]urrent"
    r"|[Cc]onventional|[Cc]ommon|[Oo]ur|[Mm]uch|[Mm]ore|[Ss]ome)\s)*"
    r"(?:[Ss]cience|[Hh]istory|[Rr]esearch|[Ee]vidence|[Dd]ata|[Ee]xperience|[Nn]ature|[Ll]ogic|[Tt]heory|[Tt]radition"
    r"|[Rr]eality|[Ww]isdom|[Mm]edicine|[Mm]ath|[Mm]athematics|[Ss]ense|[Ss]tudies|[Ss]tatistics|[Ff]indings"
    r"|[Cc]hemistry|[A-Z]?[a-z]*(?:ology|ologies|science|sciences|onomics|ysics|etics|atics))")


_PLURAL_TITLE_RE = re.compile(r"(?:Co-)?(?:[Ff]ounders|[Pp]artners|[Oo]wners|[Bb]rothers|[Ss]isters|[Tt]wins|[Ss]iblings"
                              r"|[Cc]o-founders|[Cc]hief\sexecutives)")
# "The Dutch transport ministry", "the French finance ministry": a country's body, by a capitalised adjective.
_NATIONAL_ORG_RE = re.compile(r"(?:^|,\s*)([Tt]he\s[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)?(?:[a-z\-]+\s){0,2}"
                              r"(ministry|government|regulator|agency|department|embassy|army|navy|parliament|cabinet"
                              r"|commission|bureau|authority|administration))$")


def _en_person(who: str, appositive: str | None, context: Context) -> Person | None:
    who = re.sub(r"\s+(?:also|later|then|previously|has|had|have|further|again|once|both|each|jointly)$", "", who.strip())
    if re.search(r"(?:^|\s)(?:they|They)$", who):
        return None  # a group, not the last person named
    if _EN_NO_SPEAKER_RE.fullmatch(who):
        return None  # "Neuroscience tells us that …", "Research shows …": a field or evidence speaks for no one
    pronoun = re.search(rf"(?:^|\s)({_EN_PRONOUN})$", who)
    if pronoun:
        return context.last("f" if pronoun.group(1).lower() == "she" else "m")
    unnamed = _EN_UNNAMED_RE.search(who) or UNNAMED_SOURCE_RE.search(who)
    if unnamed and not (unnamed.group(1).lower().startswith("the ") and unnamed.group(2) in _EN_TITLE_WORDS):
        # "a senior political source", "one Weibo commenter", "Swift's rep": a role, not a name.
        return context.remember(unnamed.group(1), None, "role")
    role = re.search(r"(?:^|,\s*)([Tt]he\s(?:[a-z\-]+\s){0,2}([a-z]+))$", who) or _NATIONAL_ORG_RE.search(who)
    if role and not any(w in _EN_FUNCTION_WORDS for w in role.group(1).lower().split()[1:]):
        if role.group(2) in _EN_TITLE_WORDS:
            return context.by_role(role.group(2))
        company = lead_company(context) if len(role.group(1).split()) == 2 and role.group(2) in COMPANY_NOUNS else None
        return Person(company or role.group(1), None, "org")  # "the unions", "the company": not a person
    if (firm := led_by(who)) is not None:
        return firm  # "Goldman Sachs analysts led by Jan Hatzius said"
    if (firm := firm_desk(who, context)) is not None:
        return firm  # "Goldman Sachs analysts said"
    desk = _EN_DESK_RE.fullmatch(who)
    if desk and _EN_RUN_RE.fullmatch(desk.group("org")) and desk.group("org").split()[0] not in _EN_NOT_NAMES:
        # "Analysts at Kestrel Bank wrote": the firm speaks through its analysts, none of them named.
        return Person(desk.group("org"), desk.group("desk").lower(), "org")
    run = _EN_RUN_RE.search(who)
    if not run:
        return None
    lead = who[:run.start()].split()
    if lead and lead[-1].lower() in _PREPOSITIONS:
        return None  # "an activist who works on Sudan said": the name is not the speaker
    words = run.group().split()
    while words and (words[0] in _EN_NOT_NAMES or words[0] in _EN_DESCRIPTORS and len(words) > 1
                     or len(words) > 2 and _PLURAL_TITLE_RE.fullmatch(words[0])):
        words = words[1:]  # ("Founders Lena Ortiz and Sam Ortiz": what they are, not a name)
    if not words or (len(words) == 1 and re.search(r"’re|'re|’s$", words[0])):
        return None
    # "Parent Mike Dunn said": who they are, capitalised at the head of the sentence, then the name
    # (only before two more name words: "Adam Driver" is a name).
    role_word = words.pop(0) if len(words) >= 3 and words[0].lower() in _EN_LEAD_ROLES else None
    # "Tom Reyes of Harbor Securities": a person's name, then where they work. Two or three
    # name words before "of" (so "Bank of America" and "Duke of Edinburgh" stay whole).
    employer = None
    if "of" in words:
        at = words.index("of")
        head = words[:at]
        person = head[max((i + 1 for i, w in enumerate(head) if w.lower() in _EN_TITLE_WORDS), default=0):]
        if 2 <= len(person) <= 3 and at + 1 < len(words) and not any(
                w.lower().strip(".") in _EN_ORG_WORDS for w in person):
            employer = " ".join(words[at + 1:])
            words = head
    title_end = 0
    for i, word in enumerate(words):
        if word.lower() in _EN_TITLE_WORDS:
            title_end = i + 1
    name_words = words[title_end:]
    if not name_words:
        return context.by_role(words[-1])
    if name_words[0] in ("of", "for", "and", "at", "the"):
        return None  # "of Corvane": the end of a title, no name
    title_words = words[:title_end]
    # "High school math teacher Angela Cooper": lower-case title words in front of the name.
    lead_title = []
    for word in reversed(lead):
        if word.lower() in _EN_NOT_NAMES or not re.match(r"[\w.\-’']+$", word) or word.lower() in (
                "while", "and", "some", "including", "like"):
            break
        lead_title.insert(0, word)
    if lead_title and any(w.lower() in _EN_TITLE_WORDS for w in lead_title):
        title_words = lead_title + title_words
    title = " ".join(([role_word] if role_word else []) + title_words) or None
    name = " ".join(name_words)
    if appositive and not (title_words and re.match(r"(?:who|which|where)\s", appositive.strip(" ,"))):
        # ("said Governor Elena Sorvino, who has led the bank since 2022": the title is Governor.)
        title = title_of_clause(appositive)
    if employer:
        title = f"{title}, {employer}" if title else employer
    if not re.search(r"\b(?:[A-Z]|Inc|Corp|Co|Ltd|Bros|Jr|Sr)\.$", name):
        name = name.rstrip(".")  # "Corvane Health Inc." keeps its dot, as the company writes it
    plural = len(name_words) == 1 and name.endswith("s") and not title_words and not _known_name(name, context) \
        and context.full_name(name) is None  # "Brooks said" after "Nadia Brooks": a person
    is_org = plural or any(
        w.lower().strip(".") in _EN_ORG_WORDS for w in name_words) or len(name_words) > 4 or "&" in name_words
    if is_org:
        return Person(name, title, "org")
    if lead and lead[-1][:1].islower() and lead[-1].lower() not in _EN_TITLE_WORDS and not title_words \
            and len(name_words) == 1 and not _known_name(name, context):
        return None  # "workers at Acme said": a capitalised word in a phrase, not a named speaker
    if len(name_words) == 1 and context.shared_surname(name):
        # "Anna Wright …, Paul Wright … “…,” Wright said": not said which of them; the name as written.
        return Person(name, title, "person", context.position, context.position)
    if len(name_words) == 1 and not _known_name(name, context):
        name = context.full_name(name) or name  # "Marsh said" after "founder Eli Marsh defended …"
    return context.remember(name, title)


_EN_DESK_RE = re.compile(
    r"(?P<desk>[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers)\s(?:at|from)\s(?P<org>[A-Z][^,]{1,60})")
_EN_UNNAMED_NOUNS = (
    r"source|sources|insider|official|spokesperson|spokesman|spokeswoman|commenter|resident|witness|chief|aide"
    r"|adviser|advisor|lawyer|attorney|rep|representative|diplomat|officer|trader|investor|economist|expert"
    r"|doctor|nurse|neighbor|neighbour|relative|employee|worker|executive|analyst|teacher|student|owner|manager"
    r"|passenger|customer|shopper|voter|driver|farmer|traveler|traveller|parent|protester|consumer|attendee|user"
    r"|broker|banker|dealer|strategist|engineer|scientist|researcher|developer|pilot"
    r"|mother|father|grandmother|grandfather|patient|survivor|visitor|volunteer|fan|tenant|homeowner"
)
# "a spokeswoman for Acme Corp", "a spokesman for the ministry": whom the unnamed one speaks for.
_FOR_WHOM = (r"(?:\s(?:for|at)\s(?:the\s)?(?:[A-Z][\w&\-’']*(?:\s(?:of\s|&\s)?[A-Z][\w&\-’']*){0,4}|[a-z]+"
             r"|(?:a|an)\s(?:[a-z\-]+\s)?[a-z\-]+))?")  # "an executive at a rival chipmaker"
_EN_UNNAMED_RE = re.compile(
    r"(?:^|,\s)((?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]he|[A-Z][\w\-]*[’']s)\s(?:[\w\-]+\s){0,4}?"
    rf"({_EN_UNNAMED_NOUNS}){_FOR_WHOM})$"
)
# "…,” said one passenger, who asked not to be named: an unnamed speaker after the verb.
_EN_UNNAMED_AFTER = rf"(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s(?:[\w\-]+\s){{0,3}}?(?:{_EN_UNNAMED_NOUNS})\b{_FOR_WHOM}"


_ABBREVIATION_RE = re.compile(r"\b(Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Gen|Lt|Sgt|Col|Capt|Det|Cpl|Supt)\.(?=\s[A-Z])")
_IN_WORDS_RE = re.compile(
    r"(?:\b[Ii]n\s(?P<who>(?:[A-Z][\w\-]*\s){0,3}[A-Z][\w\-]*)[’']s\s(?:own\s)?words|\b[Aa]s\s(?P<who2>"
    r"(?:[A-Z][\w\-]*\s){0,3}[A-Z][\w\-]*)\sput\sit),?\s*$"
)


en_person = _en_person  # for summarizer.quotes: a speaker named in the paragraph after the quote


def _known_name(name: str, context: Context) -> bool:
    return any(name in person.name.split() for person in context.people + context.mentioned)


def title_of_clause(appositive: str) -> str | None:
    """The title in an appositive: "an analyst at Medway, who rates the stock buy" gives "analyst
    at Medway", "who is now an immunologist at Stanford" gives "immunologist at Stanford"; "who runs
    the diner" describes the person but is no title (shown before the name it would read wrong)."""
    title = appositive.strip(" ,")
    # "said Luis Ortega, 52, pointing at the harvester": an age and what they were doing are no title.
    title = re.sub(r",?\s*\b[a-z]+ing\b.*$", "", re.sub(r"^\d{1,3}(?:,\s*|$)", "", title)) if re.match(r"\d", title) else title
    title = re.sub(r"^who\s(?:is|was)\s(?:now\s|also\s|currently\s)?(?=(?:a|an|the)\s)", "", title)
    title = re.sub(r"^(?:a|an|the)\s", "", title)
    return re.split(r"(?:^|,?\s)(?:who|which|where)\s", title)[0].strip() or None


def mention_people_en(sentence: str, sentence_start: int, context: Context) -> None:
    """People named with a title ("Gov. Eric Holcomb", "Lee Sustar, a principal analyst at Forrester,")
    so a later "he" or "the analyst" finds them."""
    for m in EN_MENTION_RE.finditer(sentence):
        context.mention(m.group("name"), m.group("title"), sentence_start + m.start())
    for m in _EN_TITLE_COMMA_NAME_RE.finditer(sentence):
        if any(w in _EN_TITLE_WORDS for w in m.group("title").split()):
            context.mention(m.group("name"), m.group("title"), sentence_start + m.start("name"))
    for m in _EN_APPOSITIVE_RE.finditer(sentence):
        title = title_of_clause(m.group("title"))
        if title is None or EN_SPEECH_VERB_RE.search(title):
            continue  # "…charged by Solace Bank, a spokesperson for the regulator said": no title of Solace Bank
        # "Then David Lee, the chief executive,": a sentence adverb in front is no first name.
        name = m.group("name").split()
        while name and name[0] in _EN_NOT_NAMES:
            name = name[1:]
        # (A profession by its ending counts too: "the state epidemiologist", "a pediatrician".)
        if len(name) >= 2 and any(word.lower().strip(".,") in _EN_TITLE_WORDS or re.search(r"(?:ologist|ician)$", word)
                                  for word in title.split()):
            context.mention(" ".join(name), title, sentence_start + m.start())


# "… is its chief executive, Rachel Okafor.": a title, a comma, then the name it belongs to.
_EN_TITLE_COMMA_NAME_RE = re.compile(
    r"\b(?:its|his|her|their|the)\s(?P<title>(?:[a-z\-]+\s){0,3}?[a-z\-]+),\s"
    r"(?P<name>[A-Z][a-z’'\-]+(?:\s[A-Z]\.)?\s[A-Z][a-z’'\-]+)(?=[,.;]|\s*$)")
_EN_APPOSITIVE_RE = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][a-z’'\-]+(?:\s[A-Z]\.)?(?:\s[A-Z][a-z’'\-]+){1,2}),\s(?:(?:a|an|the)\s)?"
    r"(?P<title>[^,.;“”\"]{3,80}?)[,.;]"
)


# "said Hollis chief executive Mark Delaney", "said chairman Rupert Kell", "said Canalyst analyst
# Wen Li": an employer and a lower-case title in front of the name.
_EN_TITLE_LOWER = (r"(?:chief|executive|officer|financial|operating|technology|investment|analyst|chairman|chairwoman"
                   r"|president|vice|director|managing|general|economist|strategist|spokesman|spokeswoman|spokesperson"
                   r"|founder|co-founder|head|manager|minister|secretary|governor|finance|senior|deputy|research|lead"
                   r"|principal|global|portfolio|fund|partner|chair|treasurer|counsel|commissioner|leader|engineer"
                   r"|mediator|professor|lawyer|attorney|trader|banker|investor|editor|coach|captain|manager|prosecutor"
                   r"|judge|midfielder|striker|goalkeeper|defender|quarterback|pitcher"
                   r"|grower|farmer|rancher|owner|shopkeeper|landlord|nurse|pilot"
                   r"|councillor|councilor|councilman|councilwoman|alderman|alderwoman|assemblyman|assemblywoman"
                   r"|parent|resident|shopper|driver|student|voter|retiree|commuter|passenger|tenant|homeowner"
                   r"|customer|patient|worker|volunteer|veteran|member)")
# "said union leader Rosa Pratt": up to two lower-case words may qualify the title.
_EN_TITLED_NAME = (rf"(?:{_EN_CAP}\s){{0,3}}(?:[a-z\-]+\s){{0,2}}?(?:{_EN_TITLE_LOWER}\s){{1,4}}"
                   rf"[A-Z][\w’'\-]+(?:\s[A-Z]\.)?(?:\s[A-Z][\w’'\-]+){{1,2}}")


# "She expects prices to recover: “…”": what one expects, in their words, in the same sentence
# (not "Sales are expected to …": no one is named as expecting).
_EXPECTS_RE = re.compile(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)"
                         r"\s(?:expects|expected|predicts|forecasts|hopes|fears)\s[^“”\"\x00.;!?]*$")


# "Tarvo stepped in and tweeted", "Reyes rejected the offer and wrote": who did the first, said the second.
_ACTED_AND_RE = re.compile(r"(?:[^\x00]*,\s)?(?P<who>[A-Z][\w.’'&\-]*(?:\s[A-Z][\w.’'&\-]*){0,3})"
                           r"\s(?:[a-z]{3,}ed|took|made|gave|met|spoke|held|sent|left|won|lost|sold|bought|cut|set|put)"
                           r"(?:\s[a-z][\w’'\-]*){0,4}\s(?:and|then|and\sthen)\s")


def en_direct_speaker(content: str, after: str, before: str, context: Context) -> Person | None:
    """The speaker of a direct quote: “…,” X said / said X, X said: “…”, according to X, or the
    speaker of the quote just before when this one stands alone."""
    content = content.rstrip()
    after, before = _ABBREVIATION_RE.sub(r"\1", after), _ABBREVIATION_RE.sub(r"\1", before)  # "Dr. Shadlen says."
    words = _IN_WORDS_RE.search(before)
    if words:
        return _en_person(words.group("who") or words.group("who2"), None, context)  # "In Dr Shadlen’s words, “…”"
    ended = content.endswith(".") or re.match(r"\s*[.!?]", after) is not None or (
        content.endswith(("?", "!")) and not re.match(
            rf"\s*(?:he|she|they|[A-Z][\w.’'@\-]*(?:\s[A-Z][\w.’'\-]*){{0,3}})\s+(?:also\s)?(?:{EN_VERBS})\b|\s*[a-z]",
            after))
    if ended:
        # The sentence ended inside the quote (or right after it). What follows speaks for it
        # only when it is a bare attribution to someone we know: “It was a bet.” Zuckerberg said.
        bare = re.match(rf"\s*[.!?]?\s*(?P<who>{_EN_PRONOUN}|[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){{0,2}})\s+(?:said|says|told)"
                        rf"(?:\s(?:{_ADVERBIAL})?[\w’'\-]+(?:\s[\w’'\-]+){{0,3}})?\.(?:\s|$)", after)
        known = bare is not None and (
            re.fullmatch(_EN_PRONOUN, bare.group("who")) is not None
            or _known_name(bare.group("who").split()[-1], context)
            or context.named_in_full(bare.group("who").split()[-1]))
        after = after[:bare.end()] if bare and known and " that " not in bare.group() else ""
    titled = _SAID_TITLE_THEN_NAME_RE.match(after)
    if titled and (_title_clause(titled.group("title")) or " of " in titled.group("title") and _title_clause(
            titled.group("title").split(" of ")[0])):  # “…,” said the union's national officer, Gareth Lyle.
        return _en_person(titled.group("name"), re.sub(r"^(?:a|an|the)\s", "", titled.group("title")), context)
    # “…,” Jane Porter said / said Jane Porter, chief executive of Acme.
    m = re.match(rf"^\s*[,.!?]?\s*(?P<verb>{EN_VERBS})\s+(?P<who>{_EN_PRONOUN}|{_EN_ROLE}|{_EN_UNNAMED_AFTER}|{_EN_TITLED_NAME}|(?:the\s(?=[A-Z]))?(?:{_EN_CAP}\s?(?:(?:de|van|von|der|den|da|del|di|du|dos|la|le|bin|al)\s){{0,2}})+)(?P<appos>,\s[^“”\"]{{3,160}}?(?:(?<![A-Z]\.[A-Z])(?=[.;]\s)|(?=[.;]?$|,\s(?:who|which)\s)))?", after)
    if m:
        # "said Raj Patel. Patel, who founded …": the name ends with the sentence.
        end = re.search(r"(?<=[a-z]{2})\.\s", m.group("who"))
        if end:
            return _en_person(m.group("who")[:end.start()], None, context)
        return _en_person(m.group("who"), m.group("appos"), context)
    m = re.match(rf"^\s*[,.!?]?\s*(?P<who>[^.“”\"]{{1,160}}?)\s+(?P<verb>{EN_VERBS})\b", after)
    if m and m.group("verb") in ("replied", "replies", "responded", "responds") and re.fullmatch(
            rf"\s*[,.!?]?\s*{_EN_PRONOUN}", m.group("who")):
        asked = _asked_one(context)
        if asked is not None:
            return asked
    verbs = list(EN_SPEECH_VERB_RE.finditer(before))
    # "Mackey said in a memo that the “…” as Whole Foods …, Yahoo Finance reported": the words
    # before the quote attribute it, unless the attribution follows the quote at once.
    immediate = m is not None and re.match(r"\s*[,.!?]?\s*(?:[A-Z]|(?:he|she|they|the|a|an)\b)", after) is not None
    if m and not re.search(r"[.!?]\s", m.group("who")) and (immediate or not verbs):
        person = _en_who(m.group("who"), context)
        if person is not None or m.group("who").strip(" ,") and len(m.group("who").split()) <= 4:
            return person  # an attribution follows; when it names no one we know, no one it is
    if verbs:
        person = _en_who(before[:verbs[-1].start()], context)
        coordinated = _ACTED_AND_RE.fullmatch(before[:verbs[-1].start()]) if person is None else None
        if coordinated:  # "In the midst of the panic, Tarvo stepped in and tweeted: “…”"
            person = _en_who(coordinated.group("who") + " ", context)
        if person is not None:
            return person
    expects = _EXPECTS_RE.search(before)
    if expects and not verbs:  # "She expects prices to recover: “…”", "He expects output to “double by June.”"
        person = _en_who(before[:expects.start()], context)
        if person is not None:
            return person
    a = _EN_ACCORDING_RE.search(before)
    if a:
        return _en_person(a.group("who"), None, context)
    if before.strip(" \x00") == "":
        if re.match(rf"\s*[,!?]?\s*(?:{EN_VERBS})\s", after):
            return None  # “…,” said commuter Jo Park: an attribution we cannot read is still not the last speaker
        return context.continuing(content)  # a quote on its own continues the quote just before
    return None


# "said the company's finance chief, Gareth Lyle.": the title first, then the name that ends the sentence.
# ("said Meridian's head of distribution, Carla Benton.": a company's possessive for the article)
_SAID_TITLE_THEN_NAME_RE = re.compile(r"^\s*,?\s*(?:said|says|added|told\s+\w+)\s+"
                                      r"(?P<title>(?:the|a|an|[A-Z][\w&\-]+(?:\s[A-Z][\w&\-]+){0,2}[’']s)\s[\w’'&\- ]{3,60}?),\s"
                                      r"(?P<name>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){1,2})\s*(?:[.;]|$)")
_ASKED_RE = re.compile(r"\b(?:asked|pressed|questioned)\s(?P<who>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)\b(?!’s|'s)")


def _asked_one(context: Context) -> Person | None:
    """“…,” he replied, right after "prosecutor Dana Whitfield asked Delaney why …": the one
    asked replies, not the one who asked (who was named last); None when the sentence before
    asked no one we know."""
    before = context.text[:context.position].rstrip()
    last = re.split(r"(?<=[.!?”])\s+", before)[-1] if before else ""
    found = list(_ASKED_RE.finditer(last))
    if not found:
        return None
    name = found[-1].group("who").split()[-1]
    people = [p for p in context.people + context.mentioned if p.kind == "person" and name in p.name.split()]
    return max(people, key=lambda p: p.seen) if len({p.name for p in people}) == 1 else None
