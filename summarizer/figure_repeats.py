"""The same figure restated in one text: an announcement states its plan in 特别提示, again in the
body and again in a table ("每股派发现金红利0.186元" three times, "24,600,000股" twice), and each
statement names the fact a little differently ("A股每股现金红利", "每股实际派发现金红利"). Listed
twice, the reader sees two facts where there is one.

Two figures are one fact when the value is distinctive (three significant digits or more: 0.186元,
6.12亿元, 24,600,000股, 18.64%; "5亿元" or "20%" may well be two facts), the unit, direction and
period agree (a report's own word for its period, "报告期内", agrees with its date), and their subjects share a word (two Han characters other than 公司; a measure's long
name counts as its short one too). "营收增长12.5%"
and "净利润增长12.5%" share none and stay two facts.

A bound of a rule restated ("涨幅偏离值累计超过30%" in the notice's summary and again in its body) is one fact
too, though its value is short: the same bound word (超过, 不超过, 不低于…) and subjects that share a run of
three Han characters or more ("偏离值"). Two plain "20%" under a shared word may still be two facts.
"""

from __future__ import annotations

import re

from summarizer.model import Figure

__all__ = ["same_fact"]

_DIGITS_RE = re.compile(r"\d")
_HAN_PAIR_RE = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_TRIVIAL_PAIRS = frozenset({"公司", "本公", "司的"})
_DISTINCTIVE_DIGITS = 3


def _significant_digits(text: str) -> int:
    digits = "".join(_DIGITS_RE.findall(text)).lstrip("0")
    return len(digits)


# One measure under its short and long names ("营业收入" and "营收", "归属于母公司净利润" and "归母净利润"):
# the short name is added, so "公司营收减少22.23%" and "营业收入减少22.23%" share a word.
_SHORT_NAMES = ((re.compile(r"营业总?收入|营收收入"), "营收"),
                (re.compile(r"归属于?(?:上市公司|母公司)(?:股东|所有者)?的?净利润?"), "归母净利润"))


def _pairs(subject: str | None) -> set[str]:
    subject = subject or ""
    for long_name, short in _SHORT_NAMES:
        subject += " " + long_name.sub(short, subject)
    return set(_HAN_PAIR_RE.findall(subject)) - _TRIVIAL_PAIRS


_BOUNDS = frozenset({"超过", "超過", "不超过", "不超過", "不低于", "不低於", "不少于", "不少於", "高于", "低于"})
_RUN = 3


def _shares_run(first: str, second: str) -> bool:
    """Whether the subjects share a run of `_RUN` Han characters (other than one naming the company)."""
    runs = {first[k:k + _RUN] for k in range(len(first) - _RUN + 1)}
    return any(run in second and re.fullmatch(r"[\u4e00-\u9fff]+", run) and "公司" not in run
               for run in runs)


# "报告期内实现营收144.04亿元" and "2019年公司实现营收144.04亿元": a note's restatement names the report's
# period once by its own word and once by its date; a year in front ("2021上半年", "上半年") only says which.
_REPORT_PERIOD_RE = re.compile(r"(?:本)?报告期内?|本期|当期|期内")
_YEAR_IN_FRONT_RE = re.compile(r"(?:19|20)?\d{2}\s?年?\s?")


def _periods_agree(first: str, second: str) -> bool:
    first, second = (re.sub(r"\s+", "", p).replace("月份", "月") for p in (first, second))
    if first == second or _REPORT_PERIOD_RE.fullmatch(first) or _REPORT_PERIOD_RE.fullmatch(second):
        return True
    short, long = sorted((first, second), key=len)
    return long.endswith(short) and _YEAR_IN_FRONT_RE.fullmatch(long[:-len(short)]) is not None


def same_fact(first: Figure, second: Figure) -> bool:
    """Whether `second` restates `first` (see the module docstring)."""
    if first.value != second.value or first.unit != second.unit or first.change != second.change:
        return False
    if first.period and second.period and not _periods_agree(first.period, second.period):
        return False
    if _significant_digits(second.text) < _DISTINCTIVE_DIGITS:
        return bool(first.approx and first.approx == second.approx and first.approx in _BOUNDS
                    and _shares_run(first.subject or "", second.subject or ""))
    return bool(_pairs(first.subject) & _pairs(second.subject))
