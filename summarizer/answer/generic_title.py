"""The company of an article whose title names none: a document type ("业绩快报", "关于2023年度利润分配方案的公告",
"Third-quarter results") or no title at all.

A company notice is titled by what kind of document it is, and its body names the company once
("青禾乳业前三季度营收为85亿元") and then says 公司 or nothing. A question naming no company ("营收多少？")
asks about the article's company, but the check of peers reads the title for it: with a title that names
none, the body's one company counted as a peer and even "营收多少" was refused. Such a title is treated
like no title, and the company is the one the body announces (`announcing_sentence`) or, when the body's
clauses name exactly one company and its opening starts with it, that one; a body with two companies' figures names none, so that a
peer never lends the article its figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.answer.announcer import announcing_sentence
from summarizer.answer.peers import clause_subjects
from summarizer.answer.text import fold
from summarizer.speakers_zh_company import COMPANY_DESCRIPTOR

__all__ = ["descriptor_title", "generic_title", "untitled_company"]

# Periods a document type is dated by: 2024年, 半年度, 第三季度, 前三季度, 1-9月, Q3, FY2024, third-quarter.
_PERIOD_ZH = r"(?:\d{4}年(?:度)?|\d{4}|(?:半|年|全)年度|[上下]半年(?:度)?|(?:第?[一二三四1-4]|前三)季度|1-\d{1,2}月|\d{1,2}月份?|年度)"
_DOC_ZH = (r"(?:业绩快报|业绩预告|业绩公告|业绩|年度报告|半年度报告|季度报告|报告|年报|中报|季报|半年报|财报|摘要|经营数据"
           r"|主要经营数据|经营情况|利润分配(?:方案|预案)?|(?:权益|利润)分派实施|分红派息|主要财务数据|财务报告)")
_TITLE_ZH = re.compile(rf"(?:关于)?(?:{_PERIOD_ZH}[、及和与]?)*(?:{_DOC_ZH}[、及和与的]?)+(?:的)?(?:提示性)?(?:公告|摘要|简报)?")
_PERIOD_EN = (r"(?:(?:first|second|third|fourth)[- ]quarter|q[1-4]|(?:first|second)[- ]half|h[12]|full[- ]year|half[- ]year|"
              r"quarterly|annual|interim|fiscal|fy\s?\d{2,4}|\d{4}|year[- ]end)")
_TITLE_EN = re.compile(rf"(?:{_PERIOD_EN}\s+)*(?:{_PERIOD_EN}\s+)?(?:results|earnings|report|financial results|earnings release"
                       rf"|results announcement|financial statements?)(?:\s+(?:announcement|release))?")


def generic_title(title: str | None) -> bool:
    """Does the title name only a kind of document (and its period), no company?"""
    text = re.sub(r"[\s\u3000:：|｜\-—]+$|^[\s\u3000]+", "", (title or "").strip())
    if not text:
        return True
    text = re.sub(r"[《》“”\"'（）()]", "", text)
    return bool(_TITLE_ZH.fullmatch(text) or _TITLE_EN.fullmatch(re.sub(r"\s+", " ", text.lower())))


# A headline that calls its company by what it is ("储能龙头三季度净利润下降31%", "这家车企…", "一家芯片公司…"):
# the lead names it ("储能设备制造商恒岳能源发布三季度报告"), and the article is that company's as if untitled.
_DESCRIPTOR_TITLE = re.compile(rf"^(?:[\u4e00-\u9fffA-Za-z]{{1,8}}?{COMPANY_DESCRIPTOR}"
                               r"|这家|該公司|该公司|一家[\u4e00-\u9fff]{0,8}?(?:公司|企业))"
                               r"(?![\u4e00-\u9fffA-Za-z]{0,4}(?:发布|公告|宣布|称|表示))")


def descriptor_title(title: str | None) -> bool:
    """Does the headline call its company by a description, not by name?"""
    return bool(title and _DESCRIPTOR_TITLE.match(title.strip()))


def untitled_company(title: str | None, article: Sequence[str]) -> str | None:
    """The company an article whose title names none is about: its one announcer, or else the one company
    its clauses name (none when they name two)."""
    if not (generic_title(title) or descriptor_title(title)) or not article:
        return None
    announcer = announcing_sentence(article, None)
    if announcer is not None:
        return announcer
    names = {name for sentence in article for _, _, name in clause_subjects(fold(sentence))}
    if len(names) != 1:
        return None
    # The body opens with it ("青禾乳业前三季度营收…"): a note about 公司 that names one peer names no company.
    name = next(iter(names))
    return name if fold(article[0]).lstrip().startswith(name) else None
