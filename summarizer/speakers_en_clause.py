"""English reported clauses that end in a quoted phrase, with the speaker after it:
'Apple was “pulled into the enterprise,” CEO Tim Cook said Tuesday.'

The quoted words alone ("pulled into the enterprise") are only the end of what was said; the clause in
front of them is the speaker's too (a reader marks 'Apple was “pulled into the enterprise,”'). This is the
mirror of "X said the cuts were “a betrayal …”", which the reported-clause rules already give whole.
Only a quote that closes on a comma, right before the speaker and the verb, ends such a clause: that
comma is the sentence going on to its attribution.
"""

from __future__ import annotations

import re

from summarizer.speakers import Context, Person
from summarizer.speakers_en import _en_who

__all__ = ["clause_then_quote"]

_CLAUSE_THEN_QUOTE_RE = re.compile(
    r"(?P<lead>[A-Z][^\x00]*?)\s(?P<quote>\x00+)(?P<who>\s[^\x00,]{2,60}?|,\s[^\x00]{2,60}?)\s(?P<verb>said|says|told|tells|added)\b")
# The words before the quote that make it a name, a label or a title rather than the end of a statement.
_LABEL_BEFORE_RE = re.compile(r"\b(?:as|called|dubbed|named|titled|described|the|a|an|of|to|its|his|her|their|and|but|or)$"
                              r"|[,:;]$")
# A lead that opens a subordinate clause ("While some carry two phones, and “…,” Cook said, most …") is not
# the statement; the statement comes after the attribution.
_SUBORDINATE_RE = re.compile(r"(?:While|Although|Though|If|When|As|Because|Since|Unless|After|Before|Whether)\b")
_SPEECH_BEFORE_RE = re.compile(r"\b(?:said|says|told|tells|added|asked|wrote|according)\b")


def clause_then_quote(sentence: str, original: str, context: Context) -> list[tuple[Person, str]]:
    """'<clause> “<quoted end>,” <speaker> said …': the clause with its quoted end, said by the speaker."""
    m = _CLAUSE_THEN_QUOTE_RE.match(sentence.lstrip())
    if m is None:
        return []
    offset = len(sentence) - len(sentence.lstrip())
    lead = m.group("lead").strip()
    quote = original[offset + m.start("quote"):offset + m.end("quote")]
    # One word is a clause's subject only when the quote goes on with its predicate ("Customers “began to …,”").
    short = len(lead.split()) < 2 and not re.match(r"[“\"‘']?[a-z]", quote)
    if (short or _LABEL_BEFORE_RE.search(lead) or _SPEECH_BEFORE_RE.search(lead) or _SUBORDINATE_RE.match(lead)
            or not re.search(r",[”\"’']?$", quote.rstrip())):
        return []
    person = _en_who(m.group("who").strip(" ,") + " ", context)
    if person is None:
        return []
    return [(person, original[offset:offset + m.end("quote")].strip())]
