"""The title of a pasted text or a file that has none of its own.

One rule for every front end: the bot's pasted texts and text files, the console and
`newsbrief summarize` give the analysis the same title for the same text, so their key
sentences and key figures agree (the analysis reads a title apart from the body).
"""

from __future__ import annotations

import re

from summarizer.datelines import is_credit_line, without_dateline
from summarizer.normalize import normalize

__all__ = ["PASTED_TITLE_CHARS", "pasted_title"]

PASTED_TITLE_CHARS = 60
# A cut start shorter than this says too little to title a text: kept as it was, figure and all.
MIN_CUT_CHARS = 6
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# The title is read from the first lines only: normalizing a huge paste whole for it is waste.
_TITLE_SOURCE_CHARS = 4000


# Closing quotes and brackets after a sentence's end: "…表示：「…产能。」" ends a sentence too.
_CLOSERS = "」』”’\"')）)]】"


def _is_sentences(line: str) -> bool:
    """Does a line read as sentences rather than a headline? It ends as a sentence does (a
    closing quote after the stop counts), or holds a Chinese sentence end inside: a one-line
    flash of three sentences was kept whole as its own title."""
    core = line.rstrip(_CLOSERS)
    return core[-1:] in tuple(".。!?！？;；:：,，") or bool(re.search(r"[。！？](?=.)", core))


def pasted_title(text: str) -> str:
    """A title for a pasted text: its first line if that reads like a headline, else its start.

    Lines that only credit the story ("FOR IMMEDIATE RELEASE", "By …", "中央社記者…台北5日電") are no
    title, and a lead's wire dateline ("LONDON, Dec 5 (Reuters) - ", "新华网北京12月5日电（记者…）") is
    not what the story is about: the title starts after it.
    """
    # Normalized as the body is: "一年前,腾讯…" pasted from a page is titled "一年前，腾讯…".
    lines = [line.strip() for line in normalize(text[:_TITLE_SOURCE_CHARS]).split("\n") if line.strip()]
    first = next((line for line in lines[:4] if not is_credit_line(line)), lines[0] if lines else "")
    first = without_dateline(first, "zh" if _CJK_RE.search(first) else "en")
    if re.fullmatch(r"【[^【】]+】", first):
        first = first[1:-1]  # a flash's headline: its brackets only marked it as one
    # Under a credit line or after a dateline, a sentence is the lead, not a headline: titled by its
    # start, so the analysis (told the title) does not take the lead for the headline and drop it.
    lead = bool(lines) and first != lines[0] and first[-1:] in ".。!?！？" and bool(re.search(r"[，,；;]", first))
    if lead:
        told = _after_when(first)  # "5月20日，东湖新能源发布…": the date says nothing of the story
        clause = re.split(r"(?<=[，；])|(?<=[,;])\s", told, maxsplit=1)[0].rstrip("，,；; ")
        if told != first:
            clause = clause.rstrip("。.!?！？ ")
        if len(clause) <= PASTED_TITLE_CHARS // 2:
            return clause + "…"
    elif len(first) <= PASTED_TITLE_CHARS:
        return first
    elif len(first) <= 2 * PASTED_TITLE_CHARS and not _is_sentences(first):
        return first  # a long headline stays whole: cut, "Acme Raises $85…" would state another figure
    first = _after_when(first)
    start = first[:PASTED_TITLE_CHARS // 2]
    if not _CJK_RE.search(start) and " " in start and first[len(start)] != " ":
        start = start.rsplit(" ", 1)[0]  # English: do not cut a word in half
    return _before_figure(start).rstrip().rstrip("“‘「『《（(\"'").rstrip() + "…"  # never "…一年后，“…"


# A lead's opening clause that only says when: "5月20日", "12月1日晚间", "近日", "On Tuesday".
_WHEN_ONLY_RE = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚间|早间|凌晨|午间|盘后|晚|早)?"
                           r"|近日|日前|今天|今日|昨天|昨日|(?:本|上)?周[一二三四五六日]|(?:On )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def _after_when(line: str) -> str:
    """`line` after an opening clause that only says when ("5月20日，", "On Tuesday, "), else `line`."""
    when = re.match(r"([^，,；;]{1,16})[，,；;]\s*", line)
    return line[when.end():] if when and _WHEN_ONLY_RE.fullmatch(when.group(1)) else line


def _before_figure(start: str) -> str:
    """A cut start ends before its first number, at a clause or word boundary: "…營收達新臺幣452億元，
    年增17…" read as a headline stating 452億元 and 17%, and the analysis (told the title) then
    dropped the lead sentence that states them as restating the headline."""
    digit = re.search(r"\d", start)
    if digit is None:
        return start
    head = start[:digit.start()]
    boundary = max(head.rfind(mark) for mark in "，,、；; ")
    cut = head[:boundary] if boundary >= MIN_CUT_CHARS else head
    cut = cut.rstrip("，,、；; ")
    return cut if len(cut) >= MIN_CUT_CHARS else start
