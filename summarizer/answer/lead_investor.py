"""Who led a funding round ("Who led the round?", "谁领投？"): the sentence that names the lead.

A who-question about a round's lead is answered only by a sentence that names a lead investor
("The round was led by Northgate Ventures", "本轮融资由红杉中国领投", "红杉中国领投，高瓴跟投"); a
sentence about the same round that names none ("raised $12 million from several investors",
"多家机构参与", "未披露领投方") or names a founder or a CEO does not answer, so the question is
refused rather than answered with an investor who only took part.
"""

from __future__ import annotations

import re

from summarizer.answer.results import Term

_ASKS_ZH = re.compile(r"谁.{0,12}领投|领投.{0,8}(?:谁|哪家|哪个|哪些|什么机构)")
# 牵头 leads an investigation as well: a round only with a word of investing beside it.
_ASKS_ZH_LED = re.compile(r"谁.{0,12}牵头|牵头.{0,8}(?:谁|哪家|哪个|哪些|什么机构)")
_INVESTING_ZH = re.compile(r"融资|投资|轮")
_ASKS_EN = re.compile(r"\bwho (?:co-)?led\b|\bwho (?:is|was|were|are) (?:the )?lead investors?\b|\bwho (?:is|was) leading\b"
                      r"|\bwhich (?:firm|fund|investor|company)s? led\b", re.IGNORECASE)
# Words that make a round of the English question's "led" (a team is led too).
_ROUND_EN = re.compile(r"\b(?:round|funding|financing|raise|raised|investment|series [a-f])\b", re.IGNORECASE)

# The lead named: 由X领投, X领投，Y跟投, 领投方为X; the words before 领投 never a negation (未披露领投方).
_NAMED_ZH = re.compile(r"(?:^|[，。；、：:,])?([^，。；、：:,]{2,40}?)(?:联合|共同)?(?:领投|牵头)(?!方|机构|人)"
                       r"|(?:领投方|领投机构)(?:为|是|包括)([^，。；]{2,})")
_NEGATION_ZH = re.compile(r"未|无|没有|不|待|尚|谁|何|哪")
_NAMED_EN = re.compile(
    r"\b(?:co-)?led by (?:[A-Z0-9]|the [A-Z]|existing investors? [A-Z])"
    r"|\b[A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|&|of|and))* (?:co-)?led the (?:round|financing|funding|investment|raise)\b"
    r"|\b[A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|&|of|and))* (?:was|is|were|are|acted as) (?:the )?lead investors?\b"
    r"|\bwith [A-Z][\w&.'-]*(?: (?:[A-Z][\w&.'-]*|&|of|and))* as (?:the )?lead investors?\b"
    r"|\blead investors? (?:was|were|is|are|included|including) [A-Z]")
_CJK = re.compile(r"[\u3400-\u9fff]")
# The English sentence is about a round (economists "led by" a chief economist are not investors).
_ROUND_IN_TEXT = re.compile(r"\b(?:round|funding|financing|raise[sd]?|raising|investment|series [a-f]|seed)\b", re.IGNORECASE)


_THIS_ROUND = re.compile(r"本轮|该轮|此轮|\b(?:the|this) (?:round|financing|funding)\b", re.IGNORECASE)


def refers_to_round(sentence: str) -> bool:
    """Does the sentence speak of a round named before it ("本轮融资由…领投", "The round was led by…")?"""
    return bool(_THIS_ROUND.search(sentence))


def asks_lead(question: str) -> bool:
    """Does the question ask who led a funding round?"""
    if _CJK.search(question):
        return bool(_ASKS_ZH.search(question) or _ASKS_ZH_LED.search(question) and _INVESTING_ZH.search(question))
    match = _ASKS_EN.search(question)
    return bool(match) and ("lead investor" in question.lower() or bool(_ROUND_EN.search(question))
                            or not question[match.end():].strip(" ?.!"))


def lead_named(sentence: str) -> bool:
    """Does the sentence name a round's lead investor?"""
    if _CJK.search(sentence):
        for m in _NAMED_ZH.finditer(sentence):
            named = m.group(1) or m.group(2) or ""
            led = "领投" in m.group() or bool(_INVESTING_ZH.search(sentence))
            if led and not _NEGATION_ZH.search(named[-6:] if m.group(1) else named[:4]):
                return True
        return False
    return bool(_NAMED_EN.search(sentence)) and bool(_ROUND_IN_TEXT.search(sentence))


# The English words of the question that ask for the lead, read as the one lead term (a Chinese question
# keeps its words for jieba: cut out, they would glue what is left into a false name, 了星岚).
LEAD_WORDS = re.compile(r"\blead investors?\b|\b(?:co-)?led\b", re.IGNORECASE)


def lead_term() -> Term:
    """The lead asked, as one word of the question in both languages (jieba cuts 谁领投 into 谁领 / 投,
    and "led" alone would not find "Northgate was the lead investor")."""
    return Term("领投", ("领投", "牵头", "led by", "co-led", "led the", "led a", "led its", "lead investor"))
