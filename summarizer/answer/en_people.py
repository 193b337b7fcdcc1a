"""A person named in an English sentence before a figure speaks for a company; it is not whom the figures are about.
"Chief Executive Tom Okafor said: …", "…, said Lindqvist", "Chief Financial Officer Helen Osei was more cautious": read as
the subject of the context, such a name made the company's next unnamed figure nobody's ("How many jobs will Pellworth
cut?" was refused). A name with a role before it or a verb of speech beside it, or a capitalised word opening a quote,
decides nothing. Nor does a company's own asset the story calls so ("its new Kessock mine"): "Copper sales were 224,800
tonnes" after a line on the mine is still the miner's. And in English the sentence's subject, the name that opens it,
says whom it is about: a name after its verb or a preposition ("It comes standard with Apple CarPlay and Android Auto")
is an object. Used by /ask only (`subjects`)."""

from __future__ import annotations

import re

__all__ = ["asset_named", "not_subject_en", "person_or_quote"]

_ROLE = r"(?:chief|ceo|cfo|coo|president|chair(?:man|woman)?|executive|officer|analyst|economist|director|minister|governor" \
        r"|spokes(?:man|woman|person)|head|founder|strategist|manager|secretary|adviser|advisor)"
_ROLE_IN_NAME = re.compile(rf"^{_ROLE}\b")
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}\s+$")
_SPEECH_AFTER = re.compile(r"^\s*(?:,\s*)?(?:said|says|told|noted|added|wrote|argued|warned)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|noted|added|according to)\s+$")


def person_or_quote(text: str, start: int, end: int, name: str) -> bool:
    """Is the English name at [start, end) of folded `text` a person speaking (by a role or a verb of speech) or the
    first word of a quote?"""
    if re.search(r"[\u3400-\u9fff]", text):
        return False
    return bool(_ROLE_IN_NAME.match(name) or _ROLE_BEFORE.search(text[:start]) or _SPEECH_AFTER.match(text[end:])
                or _SPEECH_BEFORE.search(text[:start]) or re.fullmatch(r"\s*[\"“'‘]", text[:start]))


_ASSET = r"(?:mine|plant|project|field|factory|unit|division|brand|hotel|site|operation|smelter|refinery|store|mall|fund)s?"


def asset_named(name: str, texts: tuple[str, ...]) -> bool:
    """Is the English name written as one of a company's assets ("Kessock mine", "the Kessock project") in `texts`?"""
    if not name.isascii():
        return False
    pattern = re.compile(rf"\b{re.escape(name)}\s+{_ASSET}\b", re.IGNORECASE)
    return any(pattern.search(text) for text in texts if text)


# What may stand before an English sentence's subject: a quote mark, a linking word, "Rival".
_BEFORE_SUBJECT = re.compile(r"^[\"“'‘\s]*(?:(?:rival|meanwhile|separately|also|in fact|however|still|but|and|smaller rival"
                             r"|larger rival|its rival|peer|by contrast)[,\s]+)*$")


def not_subject_en(text: str, start: int) -> bool:
    """Is the name at `start` of the folded English `text` written after the sentence's subject position?"""
    return not re.search(r"[\u3400-\u9fff]", text) and not _BEFORE_SUBJECT.match(text[:start])

