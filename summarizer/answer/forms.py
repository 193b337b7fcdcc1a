"""Question forms that ask something other than a fact about a subject: why, whose view, which of two.

A sentence that shares a question's words may still not answer its form:

- "为什么净利润下降？" is not answered by "净利润15.3亿元，同比下降6.4%。": the cause must be stated
  (由于, 因为, 得益于, 原因是, due to, because of, as …);
- "张明远对半导体怎么看？" is not answered by another person's words on 半导体: the person asked
  about must be named in the sentence or be the speaker of its words;
- "哪家公司毛利率更高？" compares, and a single stored figure cannot say which is higher;
- "记者：您怎么看…？" is the interviewer's question, never an answer.

Polite wrappers ("Could you tell me …", "能告诉我…吗", emoji) are cut before parsing, so "Could"
is not read as a company's name.
"""

from __future__ import annotations

import re

from summarizer.answer.metrics import metric_spans
from summarizer.answer.text import fold

__all__ = ["asked_speaker", "asked_topic", "asks_cause", "compares", "explains", "is_question_line", "on_topic", "same_direction",
           "speaks", "states_cause", "strip_noise"]

_EN_WRAPPER = re.compile(
    r"^(?:(?:could|can|would)\s+you\s+(?:please\s+)?(?:tell|show)\s+me|please\s+tell\s+me|do\s+you\s+know|"
    r"i(?:'d|\s+would)\s+like\s+to\s+know|tell\s+me|please)[\s,:]+", re.IGNORECASE)
_WH = re.compile(r"(?:what|which|who|whom|whose|how|when|where|why|whether|if|is|are|was|were|did|does|do|has|have)\b",
                 re.IGNORECASE)
_ZH_WRAPPER = re.compile(r"^(?:能|可以|能否|可否|麻烦|请)?(?:告诉|帮)我(?:一下)?(?:查一下|看看)?")
# Pictographs and symbols a chat question may carry: not words.
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")


def strip_noise(question: str) -> str:
    """The question without polite wrappers and emoji: "Could you tell me Harbor's revenue?" asks
    "Harbor's revenue?"; "能告诉我青松网络的毛利率吗😊" asks "青松网络的毛利率"."""
    text = _EMOJI.sub("", question).strip()
    stripped = _EN_WRAPPER.sub("", text)
    if stripped != text and stripped:
        text = stripped[:1].upper() + stripped[1:]
        if not _WH.match(text):  # "Could you tell me Harbor's revenue?" asks "What is Harbor's revenue?"
            text = "What is " + text
    zh = _ZH_WRAPPER.sub("", text)
    if zh != text and zh:
        text = re.sub(r"吗\s*([？?！!。.]*)$", r"\1", zh)
    return text.strip() or question.strip()


_CAUSE_ASKED = re.compile(r"为什么|为何|什么原因|原因是什么|原因|\bwhy\b|\bwhat caused\b|\bwhat drove\b|\breason\b",
                          re.IGNORECASE)
# Words that state a cause, in either direction ("由于…", "…主要得益于…", "受…影响", "…, as costs rose").
_CAUSE_STATED = re.compile(
    r"由于|因为|因此|得益于|受益于|原因|归因|源于|带动|拉动|推动|导致|致使|所致|造成|引起|引发|使得|受.{1,20}影响|受累于|"
    r"\b(?:because|due to|owing to|thanks to|as a result|driven by|caused by|reflecting|amid|led by|helped by|"
    r"led to|leads? to|resulted in|result of|stem(?:s|med)? from|blamed|attributed|"
    r"hurt by|weighed|boosted|squeezed|pushed)\b|(?<!such )(?<!well )\bas (?!well\b|of\b|much\b|many\b|a\b|an\b|\d)|"
    r"\bafter (?!\d|[a-z]+ \d|the previous|a year|the year|(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b)|\bon (?:higher|lower|weaker|stronger|strong|weak|rising|falling|"
    r"slower|faster)\b", re.IGNORECASE)


_UP = (r"增长|增加|上升|上涨|提升|提高|走高|回升|扩大|\b(?:rise|rises|rose|risen|grow|grows|grew|grown|gain|gains|"
       r"gained|increase|increased|jump|jumped|climb|climbed|up)\b")
_DOWN = (r"下降|下跌|下滑|减少|降低|回落|走低|收窄|亏损|\b(?:fall|falls|fell|fallen|drop|drops|dropped|decline|declined|"
         r"slide|slid|shrink|shrank|down|lower|lowered|slump|slumped)\b")
_DIRECTIONS = (re.compile(_UP, re.IGNORECASE), re.compile(_DOWN, re.IGNORECASE))


def same_direction(question: str, sentence: str) -> bool:
    """Does the sentence state the change a why-question asks about ("为什么营收增长" needs 增长)?
    A question naming no direction asks about anything the sentence explains."""
    folded_question, folded = fold(question), fold(sentence)
    asked = [d for d in _DIRECTIONS if d.search(folded_question)]
    return not asked or any(d.search(folded) for d in asked)


def explains(metrics: frozenset[str], sentence: str) -> bool:
    """Is the cause the sentence states a cause of the metric asked? "net profit of $64 million …, as
    online sales jumped 27%" explains the profit: sales named only inside the cause are not explained.
    A cause that opens its clause ("由于成本上升，净利润下降") explains what follows it."""
    if not metrics:
        return True
    folded = fold(sentence)
    marker = _CAUSE_STATED.search(folded)
    if marker is None:
        return True
    if not re.sub(r"^(?:该?公司)?(?:称|表示|指出)?[，,：:]?\s*(?:主要)?", "", folded[:marker.start()]):
        return True
    spans = [(start, group) for start, _, group in metric_spans(folded) if group in metrics]
    return not spans or any(start < marker.start() for start, _ in spans)


def asks_cause(question: str) -> bool:
    """Does the question ask why ("为什么…", "…的原因", "Why did …")?"""
    return bool(_CAUSE_ASKED.search(question))


def states_cause(sentence: str) -> bool:
    """Does the sentence state a cause? Only such a sentence answers a why-question."""
    return bool(_CAUSE_STATED.search(fold(sentence)))


# "张明远对AI算力需求怎么看", "周立怎么看AI投资热潮", "李婉清如何看待海外市场": a person first, then the view asked.
_VIEW_ZH = re.compile(r"^(?:请问)?([\u3400-\u9fff]{2,4}?)(?:对|关于|就)[^，。？?]{1,20}(?:怎么看|如何看待|如何评价|的看法|的观点|"
                      r"说了什么|表示了什么|有何看法|有什么看法)|^(?:请问)?([\u3400-\u9fff]{2,4}?)(?:怎么看|如何看待|如何评价)")
# "What did Daniel Okafor say about …", "What does Petra Lind think of …"
_VIEW_EN = re.compile(r"^\s*(?i:what\s+(?:did|does|has))\s+((?:[A-Z][a-z'\-]+\s+){1,3}?)(?:say|said|think|thinks)\b")


def asked_speaker(question: str) -> str | None:
    """The person whose view or words are asked for, when the question starts with a name of two to
    four characters (or capitalised English words); None otherwise."""
    match = _VIEW_ZH.search(fold(question))
    if match:
        return match.group(1) or match.group(2)
    match = _VIEW_EN.search(question)
    if match:
        name = match.group(1).strip()
        if name.split()[0].lower() not in ("the", "a", "an", "its", "his", "her", "their"):
            return fold(name)
    return None


_TOPIC_ZH = re.compile(r"(?:对|关于|就)([^，。？?]{1,20}?)(?:的)?(?:怎么看|如何看待|如何评价|看法|观点|说了什么|表示了什么|有何看法|有什么看法)|"
                       r"(?:怎么看|如何看待|如何评价)([^，。？?]{1,20})")
_TOPIC_EN = re.compile(r"\b(?:about|of|on)\s+([^?]+)", re.IGNORECASE)
_TOPIC_SKIP = re.compile(r"今年|去年|明年|目前|当前|现在|未来|的|了|吗|呢|吧|一下")


def asked_topic(question: str) -> tuple[str, ...]:
    """The words of the topic a view is asked on: the Chinese topic's character pairs ("出海",
    "算力", "需求"), or the English topic's words of four letters or more; () when none."""
    folded = fold(question)
    match = _TOPIC_ZH.search(folded)
    if match:
        topic = _TOPIC_SKIP.sub(" ", match.group(1) or match.group(2))
        pairs = {run[i:i + 2] for run in re.findall(r"[\u3400-\u9fff]+", topic) for i in range(len(run) - 1)}
        return tuple(sorted(pairs | set(re.findall(r"[a-z0-9]{2,}", topic))))
    match = _TOPIC_EN.search(question)
    if match:
        return tuple(w for w in re.findall(r"[a-z][a-z\-]{3,}", fold(match.group(1)))
                     if w not in ("their", "that", "this", "with", "what"))
    return ()


def on_topic(topic: tuple[str, ...], sentence: str, previous: str = "") -> bool:
    """Is the view on the topic asked: a word of it in the sentence, or in the question it answers
    (the line before, "记者：您对出海怎么看？")?"""
    if not topic:
        return True
    text = fold(sentence + " " + previous)
    return any(word in text for word in topic)


def speaks(speaker: str, sentence: str, quote_speakers: tuple[str, ...]) -> bool:
    """Are the sentence's words the speaker's: named in it, or given to them by the quote analysis?"""
    folded = fold(sentence)
    if speaker in folded:
        return True
    return any(speaker in fold(name) or (len(name) >= 2 and fold(name) in speaker) for name in quote_speakers)


_COMPARE_ZH = re.compile(r"(?:哪家|哪个|哪一家|哪一个|谁)[^，。？?]{0,20}(?:更|较)(?:高|低|多|少|快|慢|大|小|强|好)")
_COMPARE_EN = re.compile(r"\bwhich\b[^?]*\b(?:higher|lower|more|less|faster|slower|bigger|larger|smaller)\b|"
                         r"\b(?:higher|lower|more|less|faster|bigger|larger)\b[^?]*\bthan\b|\bwhich\s+had\b[^?]*\bor\b",
                         re.IGNORECASE)
_SUPERLATIVE = re.compile(r"最|\b\w+est\b|\bmost\b", re.IGNORECASE)


def compares(question: str) -> bool:
    """Does the question compare stored subjects ("哪家公司营收更高", "A和B谁的净利润增长更快",
    "Which had higher revenue, A or B")? A superlative asked of one company's parts
    ("增长最快的业务") is no comparison of subjects: the article may state it."""
    folded = fold(question)
    if re.search(r"[\u3400-\u9fff]", folded):
        match = _COMPARE_ZH.search(folded)
        return bool(match)
    return bool(_COMPARE_EN.search(question)) and not _SUPERLATIVE.search(question)


def is_question_line(sentence: str) -> bool:
    """Is the sentence a question ("记者：您怎么看今年的AI投资热潮？")? It asks; it does not answer."""
    return sentence.rstrip().rstrip("”\"'’）)").endswith(("？", "?"))
