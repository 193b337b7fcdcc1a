"""Three forms of announcements (公告) that the figure reader gets wrong one figure at a time.

- A per-share range, "基本每股收益：盈利0.60元/股至0.75元/股": each end carries its "/股", so the reader
  sees two prices, and each alone reads as the figure; the two ends are one range.
- A table row flattened to text, "营业总收入 486,215.37 452,088.16 7.55" under a header whose last
  column is "增减变动幅度（%）": the last cell is the change in percent, written without its "%";
  shown as a bare 7.55 of the revenue it is a wrong line, so it is left out. It is recognised by
  arithmetic, not by the header: it equals the change from the second cell to the first.
- A subject that is no measure: "本次为甲新材提供担保金额为人民币3亿元" leaves only 本次 ("this time"), the
  amount's name stands between it and the figure; "用于电池项目（拟投入12亿元）及补充流动资金（拟投入5亿元）"
  leaves only the verb 拟投入 inside the brackets, the use it funds stands right before them.
- A measure named after its direction, "增值率为214.77%", "较资产净值溢价约18.6%": a rise in value
  or a premium is up, a discount (折价/折让) is down, though no change verb follows the number.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from summarizer.figure_subjects import replace_figure
from summarizer.model import Figure

logger = logging.getLogger(__name__)

__all__ = ["notice_rows"]

_NUM = r"-?\d[\d,]*(?:\.\d+)?"
# "营业总收入 486,215.37 452,088.16 7.55": a label, this period, the period before, the change.
_ROW_RE = re.compile(rf"^\s*\S+\s+({_NUM})\s+({_NUM})\s+({_NUM})\s*$")
_RANGE_JOIN_RE = re.compile(r"^\s*(?:至|到|[-–~－])\s*$")
_UP_BEFORE_RE = re.compile(r"(?:增值率|溢价率?|溢價率?)\s*(?:约|約|为|為|达|達|高达|高達)?\s*$")
_DOWN_BEFORE_RE = re.compile(r"(?:折价率?|折價率?|折让|折讓)\s*(?:约|約|为|為|达|達)?\s*$")

_THIS_TIME_RE = re.compile(r"^本次(?:为|為)?$")
_NAMED_AMOUNT_RE = re.compile(r"^(.{2,20}?(?:金额|金額|总额|總額|余额|餘額|数量|數量))(?:为|為)?(?:人民币|人民幣)?(?:约|約)?$")
_BARE_VERB_RE = re.compile(r"^拟(?:投入|使用)$")
_USE_BEFORE_RE = re.compile(r"(?:及|和|与|、|，|,|用于|用於|投向)([\u4e00-\u9fff]{2,16})[（(][^（()）]*$")


def _position(sentence: str, text: str) -> int:
    """Where `text` stands in `sentence` as a whole number ("5亿元" is not the end of "15亿元"), or -1."""
    found = re.search(r"(?<![\d.,])" + re.escape(text), sentence)
    return found.start() if found else -1


def _named_subject(sentence: str, fig: Figure) -> str | None:
    """The name of the amount when the subject read is only 本次 or a bare 拟投入 (see the module docstring)."""
    subject = fig.subject or ""
    at = _position(sentence, fig.text)
    if at < 0:
        return None
    if _THIS_TIME_RE.match(subject):
        start = sentence.rfind("本次", 0, at)
        named = _NAMED_AMOUNT_RE.match(sentence[start + 2:at]) if start >= 0 else None
        return named.group(1) if named else None
    if _BARE_VERB_RE.match(subject):
        use = _USE_BEFORE_RE.search(sentence[:at])
        return use.group(1) if use else None
    return None


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _change_cell(sentence: str, fig: Figure) -> bool:
    """True when `fig` is the last cell of a row and equals the change of the row's first cell over its second."""
    row = _ROW_RE.match(sentence)
    if not row or fig.unit is not None or fig.text.strip() != row.group(3):
        return False
    now, before, change = (_value(row.group(k)) for k in (1, 2, 3))
    if before == 0:
        return False
    decimals = len(row.group(3).partition(".")[2])
    return abs((now - before) / abs(before) * 100 - change) <= 0.5 * 10 ** -decimals + 1e-9


def _join_ranges(figures: list[Figure], sentences: Sequence[str]) -> list[Figure]:
    """"0.60元/股至0.75元/股": two figures of one per-unit measure joined by 至 become one range."""
    result: list[Figure] = []
    for fig in figures:
        prev = result[-1] if result else None
        if (prev is not None and fig.kind == prev.kind == "figure" and prev.sentence_index == fig.sentence_index
                and prev.unit == fig.unit and fig.unit and "/" in fig.unit
                and isinstance(prev.value, float) and isinstance(fig.value, float) and prev.value < fig.value):
            sentence = sentences[fig.sentence_index]
            at = _position(sentence, prev.text)
            second = sentence.find(fig.text, at + len(prev.text)) if at >= 0 else -1
            if second >= 0 and _RANGE_JOIN_RE.match(sentence[at + len(prev.text):second]):
                text = sentence[at:second + len(fig.text)]
                result[-1] = replace_figure(prev, text=text, value=(prev.value, fig.value))
                continue
        result.append(fig)
    return result


def notice_rows(figures: list[Figure], sentences: Sequence[str]) -> list[Figure]:
    """The figures with the forms of the module docstring read right (the change cell left out)."""
    result: list[Figure] = []
    for fig in figures:
        if fig.kind == "figure" and 0 <= fig.sentence_index < len(sentences):
            sentence = sentences[fig.sentence_index]
            if _change_cell(sentence, fig):
                logger.debug("left out a table's change cell: %s", fig.text)
                continue
            named = _named_subject(sentence, fig)
            if named:
                fig = replace_figure(fig, subject=named)
            at = _position(sentence, fig.text)
            if fig.change is None and at >= 0 and fig.unit == "%":
                before = sentence[:at]
                if _UP_BEFORE_RE.search(before):
                    fig = replace_figure(fig, change="up")
                elif _DOWN_BEFORE_RE.search(before):
                    fig = replace_figure(fig, change="down")
        result.append(fig)
    return _join_ranges(result, sentences)
