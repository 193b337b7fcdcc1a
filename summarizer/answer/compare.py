"""Comparisons of two stored subjects: "蓝鲸科技和青松网络哪家公司营收更高？".

One stored figure cannot say which is higher. The question is answered only when each subject's
own figure is found (each asked on its own, through the same checks as any question) and the two
are stated in the same unit; the higher (or lower) one's sentence is shown first, the other's after.
Anything else, including a subject never stored, is an abstention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summarizer.answer.periods import mentions, period_of
from summarizer.answer.results import Answer, Passage, Question
from summarizer.answer.text import fold

__all__ = ["compare"]

# "A和B哪家公司营收更高", "A与B谁的净利润增长更快"
_ZH = re.compile(r"^(?:请问)?(.{2,12}?)(?:和|与|跟|同|还是|、)(.{2,12}?)(?:相比)?[，,]?(?:哪家公司|哪家|哪个|哪一家|谁)的?"
                 r"(.{1,12}?)(?:增速|增幅)?(?:更|较)(高|低|多|少|快|慢|大|小)")
# "Which had higher revenue, A or B?", "Which company's revenue was higher, A or B?"
_EN = re.compile(r"^\s*which\b.*?\b(higher|lower|more|less|faster|slower|bigger|larger|smaller)\b\s*(.*?)[,:]\s*"
                 r"(.+?)\s+or\s+(.+?)\s*\??\s*$", re.IGNORECASE)
_LOW = ("低", "少", "慢", "小", "lower", "less", "slower", "smaller")
_CHANGE = re.compile(r"增长|增速|增幅|下降|快|慢|grow|growth|rise|faster|slower", re.IGNORECASE)
_NUMBER = re.compile(r"(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)")
_DOWN = re.compile(r"下降|下滑|减少|下跌|fell|fall|declin|drop|down", re.IGNORECASE)


def _sides(text: str) -> tuple[str, str, str, bool, bool] | None:
    """The two subjects, the measure asked, whether the lower wins, and whether a change is compared."""
    match = _ZH.search(text)
    if match:
        first, second, measure, word = (g.strip(" ，,") for g in match.groups())
        change = bool(_CHANGE.search(text[match.start(3):]))
        return first, second, measure, word in _LOW, change
    match = _EN.search(text)
    if match:
        word, measure, first, second = match.groups()
        return first.strip(), second.strip(), measure.strip(), word.lower() in _LOW, bool(_CHANGE.search(text))
    return None


def _sub_question(subject: str, measure: str, change: bool, english: bool) -> str:
    if english:
        return f"How much did {subject}'s {measure} grow?" if change else f"What was {subject}'s {measure}?"
    measure = re.sub(r"(?:增长|增速|增幅)$", "", measure)
    return f"{subject}{measure}同比增长多少？" if change else f"{subject}{measure}是多少？"


def _value(found: Answer, change: bool) -> tuple[float, str] | None:
    """The highlighted figure of the answer's first sentence, as a value and its unit."""
    if found.abstained or not found.sentences:
        return None
    shown = found.sentences[0].highlighted
    match = _NUMBER.fullmatch((shown or "").strip())
    if not match:
        return None
    value = float(match.group(1).replace(",", ""))
    unit = match.group(2).strip()
    if change:
        sentence = found.sentences[0].text
        at = sentence.find(shown or "")
        if _DOWN.search(sentence[max(0, at - 8):at]):
            value = -value
    return value, unit


def compare(parsed: Question, passages: Sequence[Passage], ask: Callable[[str, Sequence[Passage]], Answer]) -> Answer:
    """The comparison's answer: both subjects' sentences, the winner's first; or an abstention."""
    refused = Answer(parsed.text, abstained=True, reason="comparison", kind=parsed.kind)
    sides = _sides(parsed.text)
    if sides is None:
        return refused
    first, second, measure, low_wins, change = sides
    english = parsed.lang == "en"
    # A period the question states is asked of both ("A和B第三季度哪家营收更高").
    folded = fold(parsed.text)
    period = "".join(folded[m.start:m.end] for m in mentions(folded))
    if period and not english:
        first, second = (re.sub("|".join(re.escape(folded[m.start:m.end]) for m in mentions(folded)), "", side)
                         for side in (first, second))
        measure = period + measure
    answers = [ask(_sub_question(subject, measure, change, english), passages) for subject in (first, second)]
    values = [_value(found, change) for found in answers]
    if values[0] is None or values[1] is None or values[0][1] != values[1][1] or values[0][0] == values[1][0]:
        return refused
    texts = [found.sentences[0].text for found in answers]
    if texts[0] == texts[1]:
        return refused  # one sentence for both: not two subjects' own figures
    if period_of(fold(texts[0])) != period_of(fold(texts[1])):
        return refused  # one company's quarter against the other's half year
    winner = 0 if (values[0][0] > values[1][0]) != low_wins else 1
    order = (answers[winner], answers[1 - winner])
    return Answer(parsed.text, (order[0].sentences[0], order[1].sentences[0]), kind=parsed.kind,
                  confidence=min(found.confidence for found in answers))
