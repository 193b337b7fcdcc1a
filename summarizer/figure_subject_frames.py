"""Subjects that frame a key figure instead of naming what it measures.

The clause rules take the words before a figure for its subject. Some of those words only frame
the figure — why, by whom, on what base, through what — and shown as a subject they state a wrong
fact ("随疗法渗透: 190亿元", "由两家银行向公司提供: 13.5亿元", "高基数的基础上: 13.6%"):

- Chinese: a subject led by a preposition of cause, means, agent or accompaniment (随/随着/由/受/
  因/通过/凭借/依托/得益于/受益于); a subject ending in a frame noun (…的基础上, …背景下, …情况下);
  a subject followed, before its figure, by a causative verb and a noun ("息差收窄拖累净利息收入
  环比-3.7%"): what is dragged down or driven up is what the figure measures, so that noun is
  the subject. A frame dropped, the noun right after the figure ("提供不超过13.5亿元的贷款")
  names what it is, when there is one. A modal glued to a subject ("销量将") goes, and so does a subject
  that is no name at all (a clause cut after its coverb, a list's tail, a bare move). A size inside a
  modifier ("一个宽约2米的冰洞", "深达数百米的地下冰窟") measures the noun after its 的, not the clause's
  subject ("水流: 2米") nor the words before it: the subject is that noun with its dimension (冰洞宽).
- English: a subject that is only the participle of a light verb ("having paid down its debt with
  the proceeds of the $500 million sale" -> "having").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure
from summarizer.tokenize import tokenize_text

_ZH_FRAME_LEAD = re.compile(r"(?:随着|随(?![机时即后意])|由于|由(?![此来])|受益于|得益于|受(?![益托让众访理])|因(?![素子])"
                            r"|通过(?!的)|凭借|依托|依靠|借助)")
_ZH_FRAME_TAIL = re.compile(r"(?:基础上|背景下|情况下|前提下|影响下|带动下|推动下|拖累下|作用下|驱动下)$")
_ZH_CAUSED = re.compile(r"(?:拖累|带动|拉动|推动|导致|促使|使得|驱动)(?P<noun>[\u4e00-\u9fffA-Za-z]{2,8}?)"
                        r"(?:同比|环比|同环比)?(?:增长|增加|提升|上升|上涨|下降|下滑|减少|回落|下跌|达到|达|为|至)?\s?$")
_ZH_NOUN_AFTER = re.compile(r"的(?P<noun>[\u4e00-\u9fff]{2,6})(?=[，,。；;、）)]|$)")
# Words that cannot be a subject: a clause cut after its coverb ("公司拟对: 539人"), a list's tail ("等六个类别:
# 33名"), a bare move ("反弹: 4.52万元/吨"), which says how a price moved, not what moved, or a bare
# comparison ("和去年相比下降2.59个pct" -> "相比"), which says against what.
_ZH_BROKEN = re.compile(r"^等|(?<=.)(?<!供)(?<![方导去取走])[对向把被给与跟]$|^(?:大幅|小幅|明显|持续)?(?:反弹|上涨|下跌|回落|上升|下降|回升|走高|走低)$"
                        r"|^(?:相比|相较|对比|比较|相比之下|同比|环比)$"
                        # adverbs and conjunctions alone ("基本都是90%以上乃至接近100%": 基本都, 乃至)
                        r"|^(?:基本上?|大多|大都|都|均|也|还|乃至|甚至|以及|并且|而且|尤其|普遍|几乎|差不多|也即|亦即|即|也就是说)+$"
                        # a verb of judging alone ("考虑到价格已反映…，可能会继续保持在2000美元/盎司上方": 考虑)
                        r"|^(?:考虑到?|鉴于|认为|判断|估计)$"
                        # a number alone ("2023Q1为5.99%，同比+0.63pcts": the rate's level, not what rose)
                        r"|^[-+]?\d[\d.,]*\s?[%％]?$")
# "仅有5家净利润同比下降": a count of firms, read with the metric written after it, is no count of the metric.
_ZH_METRIC_END = re.compile(r"(?:净利润|营收|营业收入|收入|利润|业绩|增速|同比|环比)$")
_ZH_COUNT_UNITS = frozenset(("家", "名", "个", "人", "位", "只"))
_ZH_GENERIC_NOUNS = ("情况", "水平", "程度", "局面", "态势", "趋势", "状态", "现象", "背景", "结果", "格局", "幅度")
_ZH_DIMENSION_BEFORE = re.compile(r"(?<![增成延生助拉擅加最提升抬放拓严注着丰比])(?P<dim>宽|深|长|高|厚|重|直径)(?:约为|约|达到|达|近|超过|超|逾|为)?$")
_NOUN_TAGS = ("n", "s", "f")
_SIZE_UNITS = frozenset("米 公里 千米 厘米 毫米 英尺 英里 吨 公斤 千克 克".split())  # ("增长达20%的水平" is no size)
_EN_LIGHT_PARTICIPLE = frozenset(("having", "being", "getting", "becoming", "doing", "making", "taking"))


def frame_subjects(figures: Sequence[Figure], sentences: Sequence[str], lang: str) -> list[Figure]:
    """`figures` with frame subjects replaced by what is measured, or dropped."""
    out = []
    for figure in figures:
        if figure.kind == "figure" and figure.subject and 0 <= figure.sentence_index < len(sentences):
            sentence = sentences[figure.sentence_index]
            figure = _english(figure) if lang == "en" else _chinese(figure, sentence)
        out.append(figure)
    return out


def _english(figure: Figure) -> Figure:
    if (figure.subject or "").strip().lower() in _EN_LIGHT_PARTICIPLE:
        return replace(figure, subject=None)
    return figure


def _chinese(figure: Figure, sentence: str) -> Figure:
    subject = (figure.subject or "").strip()
    if len(subject) >= 3 and subject.endswith("将"):  # "销量将分别达到…": the modal is not part of the name
        subject = subject[:-1]
        figure = replace(figure, subject=subject)
    clause_at = sentence.find(figure.context) if figure.context else -1
    at = figure.context.find(figure.text) if clause_at >= 0 else -1
    if at < 0:
        return figure
    at += clause_at
    if (figure.unit in _SIZE_UNITS and (dim := _ZH_DIMENSION_BEFORE.search(sentence, 0, at))
            and sentence[at + len(figure.text):][:1] == "的"):
        words = []
        for token in tokenize_text(sentence[at + len(figure.text) + 1:][:12], "zh"):
            if not token.pos.startswith(_NOUN_TAGS):
                break
            words.append(token.word)
        if words:
            return replace(figure, subject="".join(words) + dim.group("dim"))
    source = sentence.rfind(subject, 0, at)
    if source >= 0:
        caused = _ZH_CAUSED.search(sentence[source + len(subject):at])
        if caused and caused.group("noun") != subject:
            return replace(figure, subject=caused.group("noun"))
    if (figure.unit in _ZH_COUNT_UNITS and _ZH_METRIC_END.search(subject)  # ("0.3个和0.6个百分点" is no count)
            and isinstance(figure.value, float) and figure.value.is_integer()):
        return replace(figure, subject=None)
    if not (_ZH_FRAME_LEAD.match(subject) or _ZH_FRAME_TAIL.search(subject) or _ZH_BROKEN.search(subject)):
        return figure
    after = _ZH_NOUN_AFTER.match(sentence, at + len(figure.text))
    # ("…接近100%的情况": a noun that names no measure is no subject either.)
    named = after.group("noun") if after and not after.group("noun").startswith(_ZH_GENERIC_NOUNS) else None
    return replace(figure, subject=named)
