"""The page's own furniture among an article's sentences: what a key sentence never is.

Extraction drops most of a page's chrome, but real pages leave some in the text: a share
prompt ("点击右上角微信好友"), a reprint notice ("本文首发于某公众号"), a sign-up box, a
recommendation stamp ("最新推荐文章于 2023-09-04 发布"), a numbered subheading ("02减肥
100斤，新的贾玲来了"), a headline or topic tags glued before the lead. None of them states a
fact of the story, so they are kept out of the key sentences by their form, whatever the page.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

__all__ = ["chrome_flags", "is_chrome_sentence", "is_numbered_heading", "without_glued_head"]

_LEXICON = Path(__file__).with_name("data") / "page_chrome.txt"
# A sentence longer than this is a story sentence that happens to use one of the words.
_MAX_CHARS = 60
_MAX_WORDS = 16
# "01《热辣滚烫》，比起拳击和减肥，更重要的是...", "02减肥100斤，新的贾玲来了": a section number
# with its leading zero glued to the words, alone in its paragraph, short.
_NUMBERED_HEADING_RE = re.compile(r"^\s*0[1-9](?=[^\d\s.,:%年月日号时点])")
_HEADING_MAX_CHARS = 40
# "【#话题#】#话题# 据…": a topic headline and tags before a post's lead.
_TAGS_HEAD_RE = re.compile(r"^\s*(?:【\s*#[^#【】]{1,60}#\s*】\s*)?(?:#[^#\s]{1,40}#\s*)*")
# "最后更新: 2019-09-07 09:27:48", "【文/观察者网专栏作者 王文】": the page's time stamp and the
# writer's credit between the headline and the lead.
_STAMP_RE = re.compile(r"^\s*(?:最后更新|更新时间|发布时间|发布于)\s*[:：]?\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?"
                       r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*")
_WRITER_RE = re.compile(r"^\s*[【\[（(]\s*(?:文|作者|撰文|文字|来源)\s*[/／:：|｜][^】\]）)]{1,40}[】\]）)]\s*")
_MIN_REST = 20
_MIN_TITLE = 8
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# What a lead glued to its title opens with: the source or the date ("据中新网9月9日报道", "近日，").
_LEAD_OPENER_RE = re.compile(r"^(?:据|记者|本报|新华社|中新社|中新网|日前|近日|今天|今日|昨天|昨日|\d)")
_HEAD_SEPARATORS = " \u3000|｜:：-–—"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The lexicon as one alternation: one scan per sentence, not one per line of the file (a
    200,000-character text has up to 100,000 sentences)."""
    lines = [line.strip() for line in _LEXICON.read_text(encoding="utf-8").splitlines()]
    return re.compile("|".join(f"(?:{line})" for line in lines if line and not line.startswith("#")), re.IGNORECASE)


def is_chrome_sentence(text: str) -> bool:
    """A short sentence in the wording of a share prompt, sign-up box or reprint notice."""
    stripped = text.strip()
    too_long = len(stripped) > _MAX_CHARS if _HAN_RE.search(stripped) else len(stripped.split()) > _MAX_WORDS
    if not stripped or too_long:
        return False
    return bool(_pattern().search(stripped))


def is_numbered_heading(text: str) -> bool:
    """A subheading numbered 01, 02… ("02减肥100斤，新的贾玲来了")."""
    stripped = text.strip()
    return len(stripped) <= _HEADING_MAX_CHARS and bool(_NUMBERED_HEADING_RE.match(stripped))


def chrome_flags(texts: Sequence[str], paragraphs: Sequence[int]) -> list[bool]:
    """Per sentence: page chrome, or a numbered subheading alone in its paragraph."""
    size: dict[int, int] = {}
    for p in paragraphs:
        size[p] = size.get(p, 0) + 1
    return [is_chrome_sentence(text) or (size[p] == 1 and is_numbered_heading(text))
            for text, p in zip(texts, paragraphs)]


def without_glued_head(text: str, title: str | None) -> str:
    """The sentence without the headline, topic tags, time stamp or writer's credit glued before its lead.

    "苹果回应指控 据中新网9月9日报道，…" (a page that runs the title into the first
    paragraph) and "【#某事#】#某话题# 据…" show the headline twice; "最后更新: 2019-09-07
    09:27 【文/某某】" says when and by whom. The lead is the news. Each part stays when too
    little would be left without it.
    """
    rest = text
    match = _TAGS_HEAD_RE.match(rest)
    if match and match.end() and len(rest) - match.end() >= _MIN_REST:
        rest = rest[match.end():]
    head = (title or "").strip()
    if len(head) >= _MIN_TITLE and rest.lstrip().startswith(head):
        after = rest.lstrip()[len(head):]
        lead = after.lstrip(_HEAD_SEPARATORS)
        glued = after[:1] in _HEAD_SEPARATORS or any(p.match(after) for p in (_LEAD_OPENER_RE, _STAMP_RE, _WRITER_RE))
        if after and glued and len(lead) >= _MIN_REST:
            rest = lead
    for pattern in (_STAMP_RE, _WRITER_RE):
        match = pattern.match(rest)
        if match and len(rest) - match.end() >= _MIN_REST:
            rest = rest[match.end():]
    return rest

