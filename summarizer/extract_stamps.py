"""English page lines that only stamp the story or speak to the reader: never the story.

Two kinds the extraction kept on English news pages (issue #13, the English pages round):
- a time stamp above the lead, in any of the forms news sites write it: "Tue 10 Nov 2026 07.15
  GMT Last modified on Tue 10 Nov 2026 11.02 GMT", "Updated Sept 24, 2026 11:58 p.m. ET",
  "Updated: 8 Dec 2026, 18:30 GMT", "March 18, 2026 | 5 min read", "News provided by Acme,
  Inc. Nov 19, 2026, 06:30 ET". Left in, its clock times were read as figures ("GMT: 11.02").
  The rule is the line's make-up, not a list of sites: once its dates, clock times, zones,
  weekdays and stamp words are taken away, nothing is left.
- an appeal to the reader: a paywall's count and pitch ("You have read 3 of 5 free articles",
  "Subscribe now for unlimited access"), a donation box ("… we have a small favour to ask",
  "Support us from just £2"), a live page's greeting ("Keep refreshing this page for updates"),
  an opinion page's or a data table's disclaimer ("The views expressed here are the author's
  own", "Not investment advice"). None of it says anything of the news.
"""

from __future__ import annotations

import logging
import re

from summarizer.dates import MONTH_EN

logger = logging.getLogger(__name__)

__all__ = ["is_reader_appeal", "is_stamp_line"]

_MONTH = MONTH_EN + r"\.?"
_DATE = (r"(?:\d{1,2}\s+" + _MONTH + r",?\s+\d{4}|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
         r"|\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\d{1,2}/\d{1,2}/\d{2,4})")
_DATE_RE = re.compile(r"\b" + _DATE + r"(?!\w)", re.IGNORECASE)
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?!\w)|\b\d{1,2}\s*[ap]\.m\.", re.IGNORECASE)
# What else a stamp is made of: zones, weekdays, the stamp's words and separators.
_STAMP_WORDS_RE = re.compile(
    r"\b(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|HKT|SGT|JST|AEST|AEDT|IST)\b"
    r"|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    r"|\b(?:Last\s+)?(?:updated|modified|published|posted|first\s+published|created|edited)\b"
    r"|\b(?:on|at|am|pm)\b|\b\d+\s*min(?:ute)?s?\s+read\b",
    re.IGNORECASE,
)
# A newswire's header names the company before the date: "News provided by Acme, Inc. Nov 19, 2026".
_PROVIDED_BY_RE = re.compile(r"^\s*News\s+provided\s+by\b[^|·]{0,60}?(?=\s+" + _DATE + r")", re.IGNORECASE)
_STAMP_MAX = 130


def is_stamp_line(text: str) -> bool:
    """A line that only says when the page was written or updated (see the module's docstring)."""
    if len(text) > _STAMP_MAX or not (_DATE_RE.search(text) or _TIME_RE.search(text)):
        return False
    if not _DATE_RE.search(text) and not re.search(r"\b(?:updated|modified|published|posted)\b", text, re.I):
        return False  # a bare clock time needs a stamp word: "At 9:30 the market opened" is news
    rest = _PROVIDED_BY_RE.sub(" ", text)
    rest = _STAMP_WORDS_RE.sub(" ", _TIME_RE.sub(" ", _DATE_RE.sub(" ", rest)))
    return not re.sub(r"[\s|·•,:\-–—/()]+", "", rest)


_APPEAL_RE = re.compile(
    r"^You(?:'ve|’ve| have) (?:read|reached|used) (?:\d+|all) (?:of (?:your )?\d+ )?(?:free )?(?:articles|stories)\b"
    # a meter's count: "You have 2 free articles remaining this month.", "This is your last free article."
    r"|^You(?:'ve|’ve| have) (?:\d+|one|two|three|no) (?:more )?free (?:articles?|stories) (?:remaining|left)\b"
    r"|^This is your (?:last|final) free (?:article|story)\b"
    r"|^.{0,60}\b(?:Subscribe|Sign up|Register|Join)(?: now| today| here)?\s*(?:to get|for|and get)\s+"
    r"(?:unlimited|full|digital|premium)\s+access\b"
    r"|^Subscribe$|^.{0,100}\b(?:newsletter|briefing|bulletin|inbox)\b.{0,60}?[.!:]\s*(?:Subscribe|Sign up)(?: now| here| today)?\.?$|^.{0,40}\bwe have a small favou?r to ask\b|^Support us (?:from|for) (?:just|only|as little as)\b"
    r"|\brely on our independent journalism\b"
    r"|^(?:Welcome to our live (?:coverage|blog)|Keep refreshing this page\b|Refresh (?:this page|for updates)\b)"
    r"|^The views expressed (?:here|in this (?:article|column|piece))? ?are (?:the author's|those of the author|his|her|their)"
    r"(?: own)?\b|(?:^|\.\s+)(?:This is )?Not (?:intended as )?investment advice\.?$",
    re.IGNORECASE,
)
_APPEAL_MAX = 240


def is_reader_appeal(text: str) -> bool:
    """A paywall, donation, live-page or disclaimer line addressed to the reader."""
    return len(text) <= _APPEAL_MAX and bool(_APPEAL_RE.search(text))
