"""Quote marks: pairing them into spans, and telling speech from scare quotes.

Real articles are sloppy: a closing quote typed as an opening one, ASCII quotes in
Chinese text, a quote left open at the end of a paragraph that goes on in the next.
The pairing takes “ ” " as one family and decides what each mark is from what comes next.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from summarizer.speakers import last_visible
from summarizer.speakers_en import EN_ATTRIBUTION_AFTER_RE
from summarizer.speakers_zh_words import ZH_SPEECH_RE

_DOUBLE_RE = re.compile("[“”\"＂]")
_SINGLE_RE = re.compile("[‘’']")
_OPEN_SINGLE = "‘'"
_CLOSE_SINGLE = "’'"


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # index of the opening mark
    end: int  # index of the closing mark (exclusive end of content)


class SpanIndex:
    """Quote spans in order of their start, to find those that touch a window by bisection:
    a text may hold thousands of quotes and each sentence or quote mark asks (a scan of every
    span each time took 9 s on 200,000 characters of short quotes, 54 s of nested ones)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in self.spans]
        # The furthest end of any span so far: nondecreasing even if spans nest.
        self.reach = list(accumulate((span.end for span in self.spans), max))

    def touching(self, start: int, end: int) -> list[Span]:
        """Spans with span.start < end and span.end >= start."""
        first = bisect_left(self.reach, start)
        last = bisect_left(self.starts, end)
        return [span for span in self.spans[first:last] if span.end >= start]


def pair_quotes(text: str) -> list[Span]:
    """Pair quote marks into spans: “ ” " as one family, then 「」, then ‘’ outside those."""
    spans = _pair_double(text)
    spans += _pair_brackets(text, "「", "」", spans)
    spans += _pair_single(text, spans)
    spans.sort(key=lambda s: s.start)
    return spans


def _pair_double(text: str) -> list[Span]:
    marks = [m.start() for m in _DOUBLE_RE.finditer(text)]
    spans: list[Span] = []
    open_at: int | None = None
    nested: set[int] = set()  # closing marks of quotes inside a quote
    for k, i in enumerate(marks):
        ch = text[i]
        following = text[marks[k + 1]] if k + 1 < len(marks) else None
        if open_at is None:
            if ch == "”" and following not in ("”", '"', "＂"):
                continue  # a stray closing mark
            if ch == '"' and text[i - 1:i].isdigit() and not text[i + 1:i + 2].isalnum():
                continue  # "12\" wafers": inches (or seconds), not a quote
            open_at = i
            continue
        if ch == "“" and _sentence_end_before(text, i) and _closed_after_paragraphs(text, marks, k):
            # An opening mark inside an open quote, closed later: the quote went on
            # into a new paragraph (English style) — keep it open, over as many paragraphs as it runs.
            continue
        if ch in '"＂' and following is not None and _paragraph_start(text, i) and _sentence_end_before(text, i):
            # The same with straight marks: a paragraph that opens with one while a quote is
            # open goes on with the quote (closing it there would turn every later mark around).
            # A mark left open inside a phrase ("known as \"Harbor,") was a typo: the new
            # paragraph's mark opens a quote of its own.
            open_at = open_at if _opens_statement(text, open_at) else i
            continue
        if ch == "“" and following == "”" and k + 2 < len(marks) and text[marks[k + 2]] == "”" \
                and "\n" not in text[i:marks[k + 2]]:
            # “我们坚持发展“新质生产力”，研发投入…。”: a quote inside the quote, in the same marks.
            nested.add(marks[k + 1])
            continue
        if i in nested:
            continue
        spans.append(Span(open_at, i))
        open_at = None
    if open_at is not None:
        # Never closed: end the quote at the end of its sentence run (the next line break or text end).
        end = text.find("\n", open_at)
        spans.append(Span(open_at, end if end > 0 else len(text)))
    return spans


def _closed_after_paragraphs(text: str, marks: list[int], k: int) -> bool:
    """Whether the opening mark marks[k] is followed by a closing one, with only more paragraph
    openings (“ at a paragraph start after a finished sentence) between: “…\n“…\n“…” is one quote."""
    for j in marks[k + 1:]:
        if text[j] == "“" and _paragraph_start(text, j) and _sentence_end_before(text, j):
            continue
        return text[j] in ("”", '"', "＂")
    return False


def _opens_statement(text: str, i: int) -> bool:
    """A mark that opens what someone says: at a paragraph start, after a clause's punctuation
    or a speech verb ("said: \"We…"), not inside a phrase ("known as \"Harbor"), where an
    unclosed mark is a typo that must not swallow the paragraphs after it."""
    before = text[max(0, i - 12):i].rstrip(" \t\u3000")
    return (not before or before[-1] in "\n.:,;!?—–-…：，。"
            or re.search(r"\b(?:said|says|told|tells|added|adds|wrote|writes|asked|noted|explained)$", before) is not None)


def _paragraph_start(text: str, i: int) -> bool:
    j = i
    while j > 0 and text[j - 1] in " \t\u3000":
        j -= 1
    return j > 0 and text[j - 1] == "\n"


def _sentence_end_before(text: str, i: int) -> bool:
    before = last_visible(text, i)
    return bool(before) and before in "。！？.!?…"


def _pair_brackets(text: str, opener: str, closer: str, taken: list[Span]) -> list[Span]:
    spans = []
    stack: list[int] = []
    taken_index = SpanIndex(taken)
    for mark in re.finditer(f"[{opener}{closer}]", text):
        i, ch = mark.start(), mark.group()
        if ch == opener:
            stack.append(i)
        elif ch == closer and stack:
            start = stack.pop()
            if not stack and not taken_index.touching(start, start + 1):
                spans.append(Span(start, i))
    return spans


def _pair_single(text: str, taken: list[Span]) -> list[Span]:
    """‘…’ and '…' at the top level; an apostrophe (letter on both sides) is never a mark."""
    spans = []
    open_at: int | None = None
    taken_index = SpanIndex(taken)
    for mark in _SINGLE_RE.finditer(text):
        i, ch = mark.start(), mark.group()
        if taken_index.touching(i, i + 1):  # inside a quote already paired
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # don’t, Trump’s
        if open_at is None:
            if ch in _OPEN_SINGLE and not before.isalnum() and not after.isspace():
                open_at = i
        elif ch in _CLOSE_SINGLE and not before.isspace() and not after.isalnum():
            spans.append(Span(open_at, i))
            open_at = None
    return spans


_MARKUP_RE = re.compile(r"href\s*=|src\s*=|javascript:|<\s*/?\s*[a-zA-Z][^>]*>|https?://|www\.|\{[A-Za-z_]+\}")
# A name in quotation marks: “十四五”规划, “一带一路”国际合作高峰论坛, 以“创新驱动”为主题, a book called “…”.
_NAME_AFTER_RE = re.compile(
    # “数字经济与产业升级”论坛上表示: where someone spoke, not what they said.
    r"\s*(?:[\u4e00-\u9fff]{0,4}?(?:论坛|峰会|大会|年会|会议|座谈会|研讨会|发布会|活动|仪式|典礼|节目|直播间?)(?:上|中|期间|现场|间隙)"
    r"|[\u4e00-\u9fff]{0,8}?(?:规划|计划|论坛|峰会|大会|会议|工程|战略|行动|项目|活动|奖|杯|系列|品牌|口号|理念|精神"
    r"|倡议|方案|专项|试点|示范区|标语|主题|栏目|节目|课程|字样|一词|二字|等字|重要要求|要求|重要指示|指示|重要讲话|重要论述"
    r"|批示|号召|部署)(?![\u4e00-\u9fff]{0,2}(?:表示|称|说))"
    r"|为主题|为口号|的口号|的标语|的横幅|的字样)"
)
_NAME_BEFORE_RE = re.compile(
    r"(?:《|〈|称为|称作|叫做|叫作|名为|题为|主题为|口号|标语|横幅|写着|印着|被誉为|誉为|号称|所谓|简称|俗称|dubbed|called|named"
    r"|titled|entitled|slogans?|signs?(?:\sthat)?\s(?:read|reading|said|saying)|chant(?:ed|ing|s)?|banners?|hashtag|book|novel"
    r"|film|movie|song|album|show|series|campaign)\s?[:：,，]?\s?$",
    re.IGNORECASE,
)


def _is_title_case(content: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’'\-]*", content)
    if len(words) < 3 or re.search(r"[.!?]$", content.rstrip(",")):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


_SAYING_AFTER_RE = re.compile(r"[，,]?\s*(?:这|此|该|那)(?:句|个|一|种|样的|类)?(?:话|说法|论调|判断|口号|观点|预言)")


def is_speech(text: str, span: Span, lang: str) -> bool:
    """Scare quotes ("百模大战", “vilified”) are short and unpunctuated; speech is not."""
    content = text[span.start + 1:span.end].strip()
    if not content or _MARKUP_RE.search(content) or text[max(0, span.start - 1):span.start] == "=":
        return False  # markup and links: href="javascript:…", {AddTime}
    after = text[span.end + 1:span.end + 80].split("\n", 1)[0]
    before = text[max(0, span.start - 24):span.start]
    sentence_like = re.search(r"[。！？!?]$", content) is not None or len(content) >= 40
    if not sentence_like and (_NAME_AFTER_RE.match(after) or _NAME_BEFORE_RE.search(before)):
        return False  # a plan, forum, book or slogan named in quotation marks (never a whole sentence)
    if lang == "en":
        if _is_title_case(content):
            return False  # “A Paradise Built in Hell”: a title, not speech
        words = len(content.split())
        if words >= 8:
            return True
        if words >= 2 and re.search(r"[.!?,;:]$|[.!?;]\s", content):
            return True
        # “The people of this country aren’t buying” impeachment, Trump said.
        return words >= 4 and bool(EN_ATTRIBUTION_AFTER_RE.match(after))
    # "“锂价的底部就在眼前”，这句话今年已经被市场说了不止一次": a saying the next words refer to, said by no one here.
    if _SAYING_AFTER_RE.match(after):
        return False
    if len(content) >= 16 and re.search(r"[，,。！？!?；;]", content):
        return True
    if len(content) >= 25:
        return True
    if len(content) >= 6 and re.search(r"[，,。！？!?；;…]", content):
        return True
    # 鲍威尔说，……，“它并没有真正下降”: a short quote right after a speech verb's comma.
    if len(content) >= 6:
        sentence_start = max(text.rfind(mark, 0, span.start) for mark in "。！？\n") + 1
        before = text[sentence_start:span.start]
        if before[-1:] in "：:，," and ZH_SPEECH_RE.search(before):
            return True
        return bool(re.match(r"[^。“”]{0,12}?(?:表示|称|说)", after))
    return False


def mask_spans(text: str, start: int, end: int, spans: SpanIndex) -> str:
    """text[start:end] with every quoted stretch replaced by NULs (same length)."""
    overlapping = spans.touching(start, end)
    if not overlapping:
        return text[start:end]
    chunk = list(text[start:end])
    for span in overlapping:
        for i in range(max(span.start, start), min(span.end + 1, end)):
            chunk[i - start] = "\x00"
    return "".join(chunk)

