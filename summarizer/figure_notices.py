"""Subjects and periods of figures written the way announcements (公告) write them.

An announcement states its figures as labelled lines and lists rather than as sentences:
- "归属于上市公司股东的净利润：盈利12,000万元至15,000万元；上年同期盈利8,871.20万元。": the label
  before the colon is what is measured, 盈利/亏损 only says profit or loss (亏损 is the direction),
  and the base-period line after the semicolon belongs to the same label;
- "中标金额：人民币32,816.50万元": the currency is no subject either;
- "2026年、2027年、2028年营业收入增长率分别不低于20%、44%、73%": the years pair with the figures in order;
- "转股价格由每股42.18元下修至每股35.60元": both prices are the 转股价格, the second after the change;
- "股价…截至午间收盘报9.86元，涨幅为9.92%": the close is when, the stock's price is what.

`notice_subjects` repairs these after the figures are read; it changes only figures whose subject
is one of these empty words, so a figure read right elsewhere is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.figure_subjects import replace_figure
from summarizer.model import Figure

__all__ = ["notice_subjects"]

# A subject that only says profit/loss or a currency (with 约/为/餘下 around it).
_EMPTY_SUBJECT_RE = re.compile(r"^(?:(?:余下|餘下|其中)?(?:盈利|亏损|虧損|人民币|人民幣|港币|港幣|美元)(?:约|約|为|為)?)?$")
_LOSS_RE = re.compile(r"亏损|虧損")
# "LABEL：盈利" / "LABEL：人民币" right before the figure.
_LABEL_BEFORE_RE = re.compile(
    r"(?:^|[。；;，,\s])(?:\d+[、.．])?([^\s：:，,。；;（）()]{2,30})[：:]\s*(?:盈利|亏损|虧損|人民币|人民幣)?(?:约|約)?\s*$")
_LABEL_AT_START_RE = re.compile(r"^\s*(?:\d+[、.．])?([^\s：:，,。；;（）()]{2,30})[：:]")
_BASE_LINE_RE = re.compile(r"^\s*(?:上年同期|去年同期|上年|上年度)")
# "下修至每股", "上调至": a change verb and 至 left as the subject; "转股价格由每股": the subject with 由.
_CHANGE_TO_RE = re.compile(r"^(?:下修|上修|下调|上调|调整|调降|调升|提高|降低|降|升|增|减)至(?:每股|每吨)?$")
_FROM_RE = re.compile(r"由(?:每股|每吨)?$")
_CLOSE_RE = re.compile(r"^(?:截至|截止)?(?:午间|早盘|尾盘|盘中|当日)?(?:收盘|开盘|收市)$")
_PRICE_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]{0,6}股价)")
_YEARS_RE = re.compile(r"((?:19|20)\d{2})(年度?)((?:、(?:19|20)\d{2}年度?)+)")


def _label_of(sentences: Sequence[str], fig: Figure) -> str | None:
    sentence = sentences[fig.sentence_index]
    at = sentence.find(fig.text)
    if at < 0:
        return None
    found = _LABEL_BEFORE_RE.search(sentence[:at])
    if found:
        return found.group(1)
    opening = _LABEL_AT_START_RE.match(sentence)
    if opening and fig.subject:  # "净利润：盈利…，比上年同期增长35.27%至69.09%": the line's label
        return opening.group(1)
    # "上年同期盈利8,871.20万元。" after "净利润：盈利…；": the label of the statement it continues.
    if fig.sentence_index and _BASE_LINE_RE.match(sentence):
        before = sentences[fig.sentence_index - 1]
        if before.rstrip().endswith(("；", ";")):
            opening = _LABEL_AT_START_RE.match(before)
            return opening.group(1) if opening else None
    return None


def _years_in_order(sentences: Sequence[str], figures: list[Figure]) -> list[Figure]:
    """"2026年、2027年、2028年…分别…20%、44%、73%": each figure takes its year, in order."""
    by_sentence: dict[int, list[int]] = {}
    for k, fig in enumerate(figures):
        if fig.kind == "figure":
            by_sentence.setdefault(fig.sentence_index, []).append(k)
    result = list(figures)
    for index, members in by_sentence.items():
        sentence = sentences[index]
        years = _YEARS_RE.search(sentence)
        if not years:
            continue
        listed = [years.group(1) + years.group(2)] + [y for y in years.group(3).split("、") if y]
        apart = sentence.find("分别", years.end())
        if apart < 0:
            continue
        after = [k for k in members if sentence.find(figures[k].text, apart) >= 0]
        if len(after) != len(listed):
            continue
        after.sort(key=lambda k: sentence.find(figures[k].text, apart))
        for k, year in zip(after, listed):
            result[k] = replace_figure(result[k], period=year)
    return result


def notice_subjects(figures: list[Figure], sentences: Sequence[str]) -> list[Figure]:
    """The figures with the announcement forms of the module docstring read right."""
    result: list[Figure] = []
    for fig in figures:
        subject = fig.subject or ""
        if fig.kind == "figure" and _EMPTY_SUBJECT_RE.match(subject):
            label = _label_of(sentences, fig)
            if label:
                loss = bool(_LOSS_RE.search(subject)) and fig.change is None
                fig = replace_figure(fig, subject=label, **({"change": "loss"} if loss else {}))
        elif fig.kind == "figure" and _FROM_RE.search(subject) and len(subject) > 3:
            fig = replace_figure(fig, subject=_FROM_RE.sub("", subject))
        elif fig.kind == "figure" and _CHANGE_TO_RE.match(subject) and result and \
                result[-1].sentence_index == fig.sentence_index and result[-1].subject:
            fig = replace_figure(fig, subject=result[-1].subject)
        elif fig.kind == "figure" and _CLOSE_RE.match(subject):
            sentence = sentences[fig.sentence_index]
            prices = _PRICE_BEFORE_RE.findall(sentence[:max(sentence.find(fig.text), 0)])
            if prices:
                fig = replace_figure(fig, subject=prices[-1])
        result.append(fig)
    return _years_in_order(sentences, result)
