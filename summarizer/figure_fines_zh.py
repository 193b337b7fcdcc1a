"""Whose fine a 罚金 is, in a ruling that fines a company and the people who ran it.

"对公司实际控制人某某以…罪数罪并罚，决定执行有期徒刑六年，并处罚金300万元；原财务总监某某被判处有期徒刑三年，
并处罚金50万元": each 罚金 is the person's named at the head of its part, but the clause reader took the words
before the amount ("处罚金", of 并处罚金) for its subject, so two people's fines read alike, as the company's to a
reader. A fine whose part names a person by role and name (实际控制人/董事长/财务总监… then a name, before 以/被/因/，)
is that person's; a fine with no one named keeps 罚金 without the 处 of 并处.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["fines_of_people"]

logger = logging.getLogger(__name__)

_FINE_SUBJECT = re.compile(r"^(?:并)?处(罚金|罚款)$")
_PERSON = re.compile(r"(?:实际控制人|实控人|控股股东|董事长|副董事长|总经理|副总经理|总裁|财务总监|董事会秘书|董秘|法定代表人"
                     r"|负责人|董事|监事|股东|员工|被告人)([\u4e00-\u9fff]{2,3}?)(?=以|被|因|犯|[，,]|判处|处)")


def fines_of_people(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` with a 罚金 named by the person its part sentences, or at least without the 处 of 并处."""
    out: list[Figure] = []
    for figure in figures:
        subject = (figure.subject or "").strip()
        fine = _FINE_SUBJECT.match(subject)
        if fine and figure.kind == "figure" and 0 <= figure.sentence_index < len(sentences):
            sentence = sentences[figure.sentence_index]
            at = sentence.find(figure.context) if figure.context else -1
            end = at + max(0, figure.context.find(figure.text)) if at >= 0 else len(sentence)
            part = re.split(r"[。；;]", sentence[:end])[-1]
            people = _PERSON.findall(part)
            figure = replace(figure, subject=(people[-1] if people else "") + fine.group(1))
        out.append(figure)
    return out
