"""Interviews set out as questions and answers: "记者：…？" then "王晓东：…", "Q: …?" then "A: …",
or the publication asking by its name ("The Ledger: …?" then "Harris: …").

An answer is what the interviewee said, word for word, though no quotation marks enclose it.
Only a paragraph that answers a question paragraph (one that ends with a question mark)
counts, so "来源：新华社", "编辑：李四" or "地址：…" are never answers; who answers must be a
person: a name, or 答/A when the text presented the one interviewed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_QUESTION = {
    "zh": re.compile(r"\s*(?:记者|本报记者|问|提问|主持人|[A-Z]{1,3}记者)\s*[：:]"),
    "en": re.compile(r"\s*(?:Q|Question|Interviewer)\s*[:.]\s"),
}
_ANSWER = {
    "zh": re.compile(r"\s*(?P<who>答|[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,8})\s*[：:]\s*(?=\S)"),
    "en": re.compile(r"\s*(?P<who>A|Answer|[A-Z][a-z]+(?:\s[A-Z][a-z’'\-]+){0,2}"
                     r"|(?:(?:MR|MS|MRS|DR)\.?\s)?[A-Z]{2,}(?:[’'\-][A-Z]+)?)\s*[:.]\s+(?=\S)"),
}
# "MS. PARK:" in a transcript is Park.
_HONORIFIC_CAPS_RE = re.compile(r"^(?:MR|MS|MRS|DR)\.?\s")
UNNAMED = frozenset(("答", "A", "Answer"))
_NOT_WHO = frozenset(
    "记者 编辑 作者 来源 地址 电话 时间 日期 备注 注 图 摄影 责编 问 提问 主持人 Note Source Editor Photo".split()
    + ["Key Points", "Key Takeaways", "Related Stories", "Fact Check", "Read More", "Bottom Line", "What Next"])


# "The Ledger: Why move production to Mexico?": the publication (or its initials) asks.
_LABEL = {
    "zh": re.compile(r"\s*(?P<label>《?[\u4e00-\u9fff]{2,8}》?)\s*[：:]"),
    "en": re.compile(r"\s*(?P<label>(?:The\s)?[A-Z][\w&’'.]*(?:\s[A-Z][\w&’'.]*){0,3})\s*:\s"),
}


def _asking_label(sentences: Sequence[str], blocks: list[tuple[int, int]], lang: str) -> re.Pattern[str] | None:
    """The label of the one who asks when it is not Q or 记者: one that opens two or more
    paragraphs, every one of them a question, and never an answer."""
    label_re = _LABEL["en" if lang == "en" else "zh"]
    asked: dict[str, int] = {}
    other: set[str] = set()
    for first, last in blocks:
        m = label_re.match(sentences[first])
        if m is None:
            continue
        if sentences[last].rstrip(" ”’\"'）)")[-1:] in ("？", "?"):
            asked[m.group("label")] = asked.get(m.group("label"), 0) + 1
        else:
            other.add(m.group("label"))
    labels = [label for label, count in asked.items() if count >= 2 and label not in other and label not in _NOT_WHO]
    if len(labels) != 1:
        return None
    return re.compile(rf"\s*{re.escape(labels[0])}\s*[：:]")


@dataclass(frozen=True, slots=True)
class Answer:
    first: int  # index of the answer paragraph's first sentence
    last: int  # index of its last sentence
    who: str  # the name before the colon, or 答/A
    marker: int  # length of "王晓东：" at the start of the first sentence
    asked: int = -1  # index of the question paragraph's first sentence


def interview_answers(sentences: Sequence[str], paragraphs: Sequence[int] | None, lang: str) -> dict[int, Answer]:
    """Answer paragraphs by their first sentence: each one right after a question paragraph."""
    if paragraphs is None or len(sentences) < 2:
        return {}
    question, answer = _QUESTION["en" if lang == "en" else "zh"], _ANSWER["en" if lang == "en" else "zh"]
    blocks: list[tuple[int, int]] = []  # (first, last) sentence of each paragraph
    for i, paragraph in enumerate(paragraphs):
        if i and paragraph == paragraphs[i - 1]:
            blocks[-1] = (blocks[-1][0], i)
        else:
            blocks.append((i, i))
    if not any(question.match(s) for s in sentences):
        question = _asking_label(sentences, blocks, lang)
        if question is None:
            return {}
    answers = {}
    for (q_first, q_last), (a_first, a_last) in zip(blocks, blocks[1:]):
        asked = sentences[q_last].rstrip(" ”’\"'）)")
        m = answer.match(sentences[a_first])
        if not question.match(sentences[q_first]) or asked[-1:] not in ("？", "?") or not m:
            continue
        who = m.group("who")
        if who in _NOT_WHO or question.match(sentences[a_first]):
            continue
        if lang == "en" and who.isupper() and who not in UNNAMED:
            who = _HONORIFIC_CAPS_RE.sub("", who).title()
        answers[a_first] = Answer(a_first, a_last, who, m.end(), q_first)
    return answers


def answered_by(sentences: Sequence[str], paragraphs: Sequence[int] | None, lang: str) -> dict[int, Answer]:
    """Every sentence of an interview answer, with the answer it belongs to."""
    return {i: answer for answer in interview_answers(sentences, paragraphs, lang).values()
            for i in range(answer.first, answer.last + 1)}


def with_question(sentences: Sequence[str], answer: Answer, i: int, lang: str, cap: int) -> str:
    """Sentence `i` of an answer as a reader can follow it: after the question it answers, and from
    the answer's start when that fits ("记者：今年三季度产能利用率是多少？ 方骏：大概在78%左右，…"),
    else the question, "…" and the sentence. The question is the text's, word for word."""
    from summarizer.readable import readable  # the pipeline's own trimming, cap for cap

    sep = " " if lang == "en" else ""
    question = sep.join(sentences[answer.asked:answer.first]).strip()
    room = max(cap - len(question), cap // 2)
    said = sep.join(sentences[answer.first:i + 1]).strip()
    if len(said) > room and i > answer.first:
        said = "…" + sentences[i].strip()
    return f"{question} {readable(said, lang, room)}"


# An answer that opens on its number ("大概在78%左右", "About $1.1 billion", "Up 4% on a year ago")
# leaves what it measures to the question; a date ("截至11月底") is no such number.
_OPENS_ON_FIGURE = {
    "zh": re.compile(r"^[^，。；,;\d]{0,5}\d[\d.,]*\s*(?:%|％|个百分点|亿|万|千|百|元|家|吨|倍|台|辆|人)"),
    "en": re.compile(r"^(?:[A-Za-z]+\s){0,2}[$€£¥]?\d[\d.,]*\s*(?:%|percent|per cent|billion|million|thousand|bn\b|m\b)",
                     re.IGNORECASE),
}


def opens_on_figure(sentences: Sequence[str], answer: Answer, lang: str) -> bool:
    """Does the answer open on a number, the thing it counts being the question's?"""
    said = sentences[answer.first][answer.marker:].lstrip()
    return bool(_OPENS_ON_FIGURE["en" if lang == "en" else "zh"].match(said))
