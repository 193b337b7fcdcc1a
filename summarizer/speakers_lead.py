"""Which company "the company" / "the retailer" means in an English text: the lead's subject, when sure.

Split from speakers.py (which keeps who is named and where) to keep modules small.
"""

from __future__ import annotations

import re

from summarizer.speakers import _NOT_NAMES, Context

# "the company said", "the retailer said": the one company the text is about, when that is sure.
COMPANY_NOUNS = frozenset(
    """company retailer carmaker automaker lender insurer airline chipmaker miner brewer manufacturer
    startup conglomerate firm""".split()
)
_ORG_TAIL_RE = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|Group|Holdings|Motors|Foods|Airlines|Airways|Energy|Pharma|Systems"
    r"|Technologies|Industries|Electronics|Labs|Networks|Brands|Stores|Bank|Capital|Partners|Semiconductor|Mining"
    r"|Robotics|Software|Therapeutics|Financial|Entertainment|Media|Telecom|Motor|Steel|Oil|Gas)\.?$"
)
# A capitalised name at the head of a clause, then a verb: who acts in it.
_SUBJECT_RE = re.compile(
    r"(?:^|[.;!?]\s+|,\s(?:while|and|but|as|where)\s|\n\s*)(?P<rival>(?:[Rr]ival|[Pp]eer|[Cc]ompetitor|[Pp]artner|[Pp]arent)\s)?"
    r"(?:(?:On|In|Last|This|Earlier|Later)\s[A-Z]?[a-z]+,?\s)?"
    r"(?P<name>[A-Z][\w&.\-’']*(?:\s(?:[A-Z][\w&.\-’']*|&|of|de)){0,4})"
    r"\s(?P<verb>said|says|reported|posted|cut|raised|announced|plans|planned|will|would|has|had|is|was|agreed"
    r"|[a-z]{3,}ed|[a-z]{3,}s)\b"
)


_LEAD_VERBS = (r"said|says|reported|reports|posted|posts|cut|cuts|raised|raises|announced|announces|plans|planned|will"
               r"|has|had|is|was|agreed|agrees|expects|expected|[a-z]{3,}ed")


def lead_company(context: Context) -> str | None:
    """The lead's company (`_lead_company`), else the company that spoke just before (`_said_just_before`)."""
    return _lead_company(context) or _said_just_before(context)


def _lead_company(context: Context) -> str | None:
    """The company "the company" / "the retailer" means: the subject of the text's first sentence
    when that reads as a company ("Halden Foods reported …", "Brightmart cut its forecast …"), and
    no other company (a name ending in Group, Inc…, a rival, or one that "its" refers to) is the
    subject of a clause before the sentence being read. Otherwise None: "the company" stays as written."""
    text = context.text[:context.position]
    first_end = re.search(r"[.!?](?:\s|$)|\n", context.text)
    lead = context.text[:first_end.end() if first_end else len(context.text)]
    m = _SUBJECT_RE.match(lead.lstrip())
    if m is None:
        return None
    name = m.group("name")
    if not re.fullmatch(_LEAD_VERBS, m.group("verb")) and not _ORG_TAIL_RE.search(name):
        return None  # "Horror stories about …": a noun, where "Northgate Airlines cancels" is a company
    words = name.split()
    if words[0] in _NOT_NAMES or not (
            _ORG_TAIL_RE.search(name) or re.search(rf"{re.escape(name)}\s[^.]*\bits\b", lead)):
        return None
    people = {w for p in context.people + context.mentioned if p.kind != "org" for w in p.name.split()}
    for other in _SUBJECT_RE.finditer(text):
        head = other.group("name").split()
        while head and head[0] in _NOT_NAMES:
            head = head[1:]
        if not head or set(head) <= set(words) or set(head) & people:
            continue
        sentence_rest = re.match(r"[^.!?\n]*", text[other.end():]).group()
        if other.group("rival") or _ORG_TAIL_RE.search(" ".join(head)) or re.search(r"\bits\b", sentence_rest):
            return None  # another company acts before the quote: which one is meant is unsure
    return name


def _said_just_before(context: Context) -> str | None:
    """"Brightline said it would appeal. “We strongly disagree …,” the company said in a statement.": where the
    lead names no company, the company that spoke in the sentence just before is the one "the company" means, if
    the text names it as a company (a name ending in Group, Pharma…, or its short form: Brightline of Brightline
    Pharma)."""
    # (the sentence being read may open with that one, before its quotation mark)
    text = (context.text[:context.position] + re.split(r"[\"“]", context.text[context.position:])[0]).rstrip()
    previous = re.split(r"(?<=[.!?])\s+|\n", text)[-1] if text else ""
    m = _SUBJECT_RE.match(previous.lstrip())
    if m is None or not re.fullmatch(r"said|says|added|announced|reported|stated", m.group("verb")):
        return None
    name = m.group("name")
    if name.split()[0] in _NOT_NAMES:
        return None
    fuller = re.findall(rf"\b{re.escape(name)}(?:\s[A-Z][\w&\-]*){{0,2}}", context.text)
    return name if any(_ORG_TAIL_RE.search(full) for full in fuller) else None
