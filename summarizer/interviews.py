"""Interviews set out as questions and answers: "记者：…？" then "王晓东：…", "Q: …?" then "A: …".

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
    "en": re.compile(r"\s*(?P<who>A|Answer|[A-Z][a-z]+(?:\s[A-Z][a-z’'\-]+){0,2})\s*[:.]\s+(?=\S)"),
}
UNNAMED = frozenset(("答", "A", "Answer"))
_NOT_WHO = frozenset(
    "记者 编辑 作者 来源 地址 电话 时间 日期 备注 注 图 摄影 责编 问 提问 主持人 Note Source Editor Photo".split()
    + ["Key Points", "Key Takeaways", "Related Stories", "Fact Check", "Read More", "Bottom Line", "What Next"])


@dataclass(frozen=True, slots=True)
class Answer:
    first: int  # index of the answer paragraph's first sentence
    last: int  # index of its last sentence
    who: str  # the name before the colon, or 答/A
    marker: int  # length of "王晓东：" at the start of the first sentence


def interview_answers(sentences: Sequence[str], paragraphs: Sequence[int] | None, lang: str) -> dict[int, Answer]:
    """Answer paragraphs by their first sentence: each one right after a question paragraph."""
    if paragraphs is None or len(sentences) < 2:
        return {}
    question, answer = _QUESTION["en" if lang == "en" else "zh"], _ANSWER["en" if lang == "en" else "zh"]
    if not any(question.match(s) for s in sentences):
        return {}
    blocks: list[tuple[int, int]] = []  # (first, last) sentence of each paragraph
    for i, paragraph in enumerate(paragraphs):
        if i and paragraph == paragraphs[i - 1]:
            blocks[-1] = (blocks[-1][0], i)
        else:
            blocks.append((i, i))
    answers = {}
    for (q_first, q_last), (a_first, a_last) in zip(blocks, blocks[1:]):
        asked = sentences[q_last].rstrip(" ”’\"'）)")
        m = answer.match(sentences[a_first])
        if not question.match(sentences[q_first]) or asked[-1:] not in ("？", "?") or not m:
            continue
        who = m.group("who")
        if who in _NOT_WHO or question.match(sentences[a_first]):
            continue
        answers[a_first] = Answer(a_first, a_last, who, m.end())
    return answers
