"""An outlook an analyst gives is the analyst's estimate, not the company's or the market's forecast.

News quotes analysts on where a number goes: "某券商分析师李然指出，…，预计明年新单保费增速在5%至8%之间",
"研究员王朔称：…" then "她预计，明年一季度价格将在每吨7.5万元至10万元之间", "said Tomas Ferrer, a metals strategist
at Vantage Commodities, who expects prices to trade between $10,500 and $12,000". The clause reader marks such a
figure "forecast" (预计, expects) and it is shown as a key figure: to a reader, the outlook of the story's
company or market. It is one person's view, as "analysts had expected" is, so it is marked "estimate" (kept,
never ranked). Only an analyst named as the sentence's speaker counts (a title word — 分析师, 研究员, 经济学家,
策略师, 分析人士, analyst, strategist, economist — before the reporting verb, or 他/她 right after a sentence that
opens on one); a brokerage note's own "我们预计…" names no analyst and keeps its forecasts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.model import Figure

__all__ = ["analysts_estimates"]

logger = logging.getLogger(__name__)

_ZH_ANALYST = r"(?:分析师|研究员|经济学家|策略师|分析人士|首席经济学家)"
# "某券商非银金融分析师李然指出，…预计…": the speaker's head, up to its reporting verb.
_ZH_HEAD = re.compile(r"^[^，,。；;：:“”]{0,30}?" + _ZH_ANALYST + r"[\u4e00-\u9fff]{0,4}?(?:对记者)?"
                      r"(?:表示|指出|称|认为|预计|预测|分析|介绍|坦言|说)")
# "她预计，…", "他认为，…预计…": the analyst of the sentence before.
_ZH_PRONOUN = re.compile(r"^\s*[他她](?:还|同时|并|进一步)?(?:预计|预测|认为|表示|指出|称)")
_EN_ANALYST = r"(?:analyst|strategist|economist)s?\b"
# "…, a metals strategist at Vantage Commodities, who expects prices to …"
_EN_WHO = re.compile(r"\b" + _EN_ANALYST + r"[^.;]{0,60}?,?\s+who\s+(?:expects|forecasts|predicts|sees|projects)\b")
# "Analyst Jane Roe expects …", "…, an economist at X, expects …"
_EN_SUBJECT = re.compile(r"^\W*(?:[A-Z][\w.\-]*\s+){0,4}" + _EN_ANALYST + r"[^.;]{0,60}?\s(?:expects|forecasts|predicts"
                         r"|sees|projects)\b", re.IGNORECASE)
_EN_PRONOUN = re.compile(r"^\W*(?:He|She)\s+(?:also\s+)?(?:expects|forecasts|predicts|sees|projects)\b")


def _zh_analyst_sentence(sentences: Sequence[str], index: int) -> bool:
    sentence = sentences[index]
    if _ZH_HEAD.search(sentence):
        return True
    if not _ZH_PRONOUN.match(sentence):
        return False
    # The pronoun's person is the last one presented with a reporting verb, within three sentences (a quotation
    # split at its ； is two sentences: "研究员王朔称：“…；" then "…。”").
    for before in sentences[max(0, index - 3):index][::-1]:
        if _ZH_SPEAKS.search(before):
            return bool(_ZH_HEAD.search(before))
    return False


_ZH_SPEAKS = re.compile(r"(?:表示|指出|称|认为|预计|说|介绍|坦言)[，,：:]")


def _en_analyst_sentence(sentences: Sequence[str], index: int, before: str) -> bool:
    sentence = sentences[index]
    if _EN_WHO.search(before) or _EN_SUBJECT.search(before):
        return True
    return bool(index and _EN_PRONOUN.match(sentence) and _EN_PRESENTED.search(sentences[index - 1]))


# A person presented as an analyst in the sentence before "He expects …": ", an economist at X," or "analyst Jane Roe".
_EN_PRESENTED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}" + _EN_ANALYST
                           + r"|\b(?:analyst|strategist|economist)\s+[A-Z][a-z]+\s+[A-Z]")


def analysts_estimates(figures: Sequence[Figure], sentences: Sequence[str], lang: str) -> list[Figure]:
    """`figures` with an outlook an analyst gives marked "estimate" instead of "forecast"."""
    out: list[Figure] = []
    for figure in figures:
        index = figure.sentence_index
        if figure.kind == "figure" and figure.estimate == "forecast" and 0 <= index < len(sentences):
            sentence = sentences[index]
            at = sentence.find(figure.context) if figure.context else -1
            before = sentence[:at + max(0, figure.context.find(figure.text))] if at >= 0 else sentence
            if (_en_analyst_sentence(sentences, index, before) if lang == "en"
                    else _zh_analyst_sentence(sentences, index)):
                logger.debug("an analyst's outlook, not a forecast: %s", figure.text)
                figure = replace(figure, estimate="estimate")
        out.append(figure)
    return out
