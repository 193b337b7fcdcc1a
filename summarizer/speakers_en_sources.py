"""English speakers that are not one named person: a source who is not named ("Another,
speaking on condition of anonymity, said", "One, who asked not to be named, said") and a firm's
analysts led by someone ("Goldman Sachs analysts led by Jan Hatzius said") or by no one named
("Goldman Sachs analysts said").

An anonymous source is never the person named before them: "Another" is another of the group the
text just presented ("Several workers said … Another, speaking on condition of anonymity, said"),
and with no such group the quote has no speaker we can name.
"""

from __future__ import annotations

import re

from summarizer.speakers import Context, Person

# What a source who is not named says of that: the clause goes, the one before it is the speaker.
# Whatever follows says why ("… for fear of losing his job", "… because the talks were private").
_ANONYMITY_RE = re.compile(
    r"(?:(?:speaking|talking)\s(?:on\s(?:the\s)?condition\sof\sanonymity|anonymously|on\sbackground|privately)"
    r"|(?:who\s)?(?:asked|requested|declined|did\snot\swant)\s(?:not\s)?(?:to\sbe\s)?(?:named|identified|anonymity)"
    r"|who\sspoke\s(?:on\s(?:the\s)?condition\sof\sanonymity|anonymously))(?:\s.*)?")
# "Another", "One", "A third": one of a group named before, not anyone by name.
_ONE_OF_RE = re.compile(r"(?:[Aa]nother|[Oo]ne|[Aa]\s(?:second|third|fourth)|[Oo]ne\sof\sthem)")
# The groups a text presents before "Another …": "Several workers outside the plant said".
_GROUP_NOUNS = (
    "worker|employee|official|analyst|economist|trader|investor|resident|customer|shopper|passenger|driver|farmer"
    "|executive|manager|lawyer|banker|teacher|student|parent|nurse|doctor|engineer|voter|owner|source|diplomat"
    "|officer|protester|member|staffer|supplier|dealer|broker|strategist|researcher|scientist|pilot|user|consumer"
)
_GROUP_RE = re.compile(rf"\b(?:[a-z\-]+\s)?({_GROUP_NOUNS})s\b")
# "Several crane operators said": a group counted loosely, whatever they are.
_COUNTED_GROUP_RE = re.compile(r"\b(?:[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Aa]\sfew|[Oo]ther)"
                               r"\s((?:[a-z\-]+\s)?[a-z\-]{3,}?)(ies|s)\s(?:said|say|told|interviewed)\b")
_PEOPLE_RE = re.compile(r"\b(?:people|persons)\s(?:familiar|with\sknowledge|close|briefed)\b")
_RUN = r"[A-Z][\w&’'\-]*(?:\s(?:&\s)?[A-Z][\w&’'\-]*){0,4}"
_LED_BY_RE = re.compile(
    rf"(?:(?P<org>{_RUN})\s(?P<desk>analysts|economists|strategists|researchers)"
    rf"|(?P<desk2>[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers)\s(?:at|from)\s(?P<org2>{_RUN}))"
    rf"\sled\sby\s(?P<leader>{_RUN})")
_NOT_FIRMS = frozenset("The A An Some Many Several Other Most All Two Three Four Five Wall Independent Senior".split())
# "Goldman Sachs analysts", "Bank of America economists": a firm, then its desk.
_FIRM_DESK_RE = re.compile(
    r"(?P<org>[A-Z][\w&’'\-]*(?:\s(?:(?:of|&)\s)?[A-Z][\w&’'\-]*){0,4})\s(?P<desk>analysts|economists|strategists)")
# "Chinese analysts", "European economists": where they are from, not a firm.
_DEMONYM_RE = re.compile(r"(?:ese|ish|ian|ean|can|ch|ern)$")


def is_one_of(who: str) -> bool:
    """Whether the words before the verb are only "Another", "One" or "A third": never a name."""
    return _ONE_OF_RE.fullmatch(who) is not None


def without_anonymity(clauses: list[str]) -> list[str]:
    """The clauses before a speech verb without one that only says the source is not named
    ("Another, speaking on condition of anonymity,"): it is neither a name nor a title."""
    if len(clauses) >= 2 and _ANONYMITY_RE.fullmatch(clauses[-1]):
        return clauses[:-1]
    return clauses


def one_of_group(who: str, context: Context) -> Person | None:
    """'Another' or 'One' alone before the verb: another of the group the text presented just before
    ("Several workers … said … Another, …, said" → another worker); None when it presented none."""
    if not is_one_of(who):
        return None
    before = context.text[max(0, context.position - 400):context.position]
    groups = list(_GROUP_RE.finditer(before))
    counted = list(_COUNTED_GROUP_RE.finditer(before))
    if counted and (not groups or counted[-1].end() > groups[-1].end()):
        noun = counted[-1].group(1) + ("y" if counted[-1].group(2) == "ies" else "")
    elif groups:
        noun = groups[-1].group(1)
    elif _PEOPLE_RE.search(before):
        noun = "person"
    else:
        return None
    word = who.split()[0].lower() if not who.lower().startswith("one of") else "one"
    return context.remember(f"{word} {noun}" if not who.startswith(("A ", "a ")) else f"{who.lower()} {noun}",
                            None, "role")


def led_by(who: str) -> Person | None:
    """"Goldman Sachs analysts led by Jan Hatzius", "Analysts at Fenwick Securities led by Omar Haddad":
    the firm speaks through its analysts, and the one who leads them is part of the title (the note is
    the team's, not the leader's own words)."""
    m = _LED_BY_RE.fullmatch(who)
    if m is None:
        return None
    org = m.group("org") or m.group("org2")
    if org.split()[0] in _NOT_FIRMS:
        return None
    desk = (m.group("desk") or m.group("desk2")).lower()
    return Person(org, f"{desk} led by {m.group('leader')}", "org")


def firm_desk(who: str, context: Context) -> Person | None:
    """"Goldman Sachs analysts said": the firm speaks through its analysts, none of them named.

    Not a place or a kind ("Chinese analysts", "Wall Street analysts"), and not a common noun that
    is capitalised only because it starts the sentence ("Industry analysts said"): a one-word firm
    must be written in capitals ("UBS") or capitalised where no sentence starts."""
    m = _FIRM_DESK_RE.fullmatch(who)
    if m is None:
        return None
    org = m.group("org")
    words = org.split()
    if words[0] in _NOT_FIRMS or _DEMONYM_RE.search(words[-1]):
        return None
    if len(words) == 1 and not (org.isupper() and len(org) > 1) and not re.search(
            rf"[\w,’']\s{re.escape(org)}\b", context.text):
        return None
    return Person(org, m.group("desk"), "org")
