"""Chinese subjects left garbled where a time span was taken out of them, or cut inside a word.

A subject is the clause before its figure with the period and other numbers taken out. Most
read well that way ("公司2019年营收" -> "公司营收"), but a time span whose words stay behind leaves
a fragment that names nothing: "过去24小时新增病例" -> "过去新增病例", "连续3年增速" -> "连续增速",
"停放5小时内收费" -> "停放内收费", "公司2022年期间费用率" (the year's digits only) -> "公司年期间费用率",
"相比去年年中" -> "相比年中". Shown as a label such a subject misleads: the word left over goes
("该国新增病例", "增速"), the year's 年 goes with its digits ("公司期间费用率"), or the words are shown as
written, span and all ("停放5小时内收费"); a long one is dropped, the figure's clause says it whole.

A slash kept in a subject ("经营性现金流量净额/净利润": a ratio) must be one the text writes there: a
period taken out from between two ("公司2020年/2021Q1-3市占率") leaves one that joins nothing.

A subject can also stop inside a word: "养老金人均提高10元" -> "养老金人", "妇女年均减少340万" ->
"妇女年". The per-head or per-year word is how the change is measured, not part of what changed;
the subject ends before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

# A gap that was a time span: a number (with its unit) or a year word.
_TIME_GAP = re.compile(r"[\d０-９.．\-~～—至到]+[个多余]?(?:年|月|日|天|周|小时|个月|季度?)?[内间]?|(?:去|今|明|前|上|本)年")
# Words that need the span after them: "过去24小时", "连续3年", "未来5年", "近3个月".
_LEAD_LEFT = re.compile(r"(?:过去|连续|未来|最近|近|今后)$")
# The span's unit or its tail left in front of the rest: "年期间费用率", "内收费", "年中".
_TAIL_LEFT = re.compile(r"(?:年|月|日|天|周|小时|个月|季度|度|内|以内)")
_PER_WORD_CUT = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})[年月日人户]$")


def mend_gapped_subjects(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """`figures` with the subjects above dropped (a span's remnant) or ended before the per-word."""
    mended = []
    for figure in figures:
        subject = figure.subject
        if figure.kind == "figure" and subject and 0 <= figure.sentence_index < len(sentences):
            sentence = re.sub(r"\s+", "", sentences[figure.sentence_index])
            compact = re.sub(r"\s+", "", subject)
            if "/" in compact and (joined := _unwritten_slashes(compact, sentence)) != compact:
                figure = replace(figure, subject=joined or None)
                compact = joined
            if (remnant := _span_remnant(compact, sentence)) is not None:
                figure = replace(figure, subject=remnant or None)
            elif _PER_WORD_CUT.search(compact) and compact + "均" in sentence:
                figure = replace(figure, subject=compact[:-1])
        mended.append(figure)
    return mended


def _unwritten_slashes(subject: str, sentence: str) -> str:
    """The subject without each slash the sentence does not write between the same two characters:
    "公司2020年/2021Q1-3市占率" with its periods taken out is "公司/市占率", but the text joins no 司 and 市
    ("经营性现金流量净额/净利润", "美元/人民币" keep theirs)."""
    kept = []
    for k, ch in enumerate(subject):
        if ch == "/" and subject[max(0, k - 1):k + 2] not in sentence:
            continue
        kept.append(ch)
    return "".join(kept).strip("/")


def _span_remnant(subject: str, sentence: str) -> str | None:
    """When `subject` is the sentence's words with a time span taken out of their middle and a
    piece of the span stayed on either side of the gap: the subject without that piece when
    what is left reads whole ("该国过去新增病例" -> "该国新增病例", "公司年期间费用率" with only the digits
    taken out -> "公司期间费用率"), else "" (no subject); None when the subject is no such remnant."""
    if len(subject) < 2 or subject in sentence:
        return None
    for cut in range(len(subject) - 1, 0, -1):
        head, rest = subject[:cut], subject[cut:]
        at = sentence.find(head)
        while at >= 0:
            end = at + len(head)
            found = sentence.find(rest, end)
            if 0 < found - end <= 10:
                gap = sentence[end:found]
                if not _TIME_GAP.fullmatch(gap):
                    return None
                lead, tail = _LEAD_LEFT.search(head), _TAIL_LEFT.match(rest)
                if lead and not tail:
                    whole = head[:lead.start()] + rest  # "该国过去新增…", "连续增速"
                    return whole if len(whole) >= 2 else ""
                if tail and not lead:
                    # Only the digits went ("公司2022年期间费用率"): the unit left is the year's, not the name's.
                    if re.fullmatch(r"[\d０-９.．]+", gap) and tail.group() in "年月日" and len(rest) - tail.end() >= 2:
                        return head + rest[tail.end():]
                    # Else the words as written, span and all ("停放5小时内收费"), when they are short.
                    return head + gap + rest if len(head + gap + rest) <= 12 else ""
                return "" if lead else None
            at = sentence.find(head, at + 1)
    return None
