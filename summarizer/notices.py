"""The form of a listed company's announcement (公告) and of a Hong Kong exchange announcement.

An announcement is written to a template. Around the news it carries wording that is the same
in every announcement of every company: the board's guarantee ("本公司及董事会全体成员保证…真实、
准确、完整，没有虚假记载…"), the exchange's disclaimer ("香港交易及結算所有限公司…對本公告的內容概不負責"),
the rule it is made under ("本公告乃…根據…上市規則第13.09條…而作出"), "现将有关情况公告如下",
the reminder to mind the risk ("敬请广大投资者注意投资风险", "務請審慎行事"), the note that the
figures are unaudited, and the parts after the news (备查文件, 联系方式, 上市規則涵義). None of it
states what the company did; all of it is written in full sentences, so centrality alone shows it.

The template also says where the news is: 特别提示 / 重要内容提示 / 重要提示 open the announcement
with its summary (the plan, the price, the amount), written for the reader in a hurry. A sentence
of that part states a main point more often than any other, so it weighs more (`SUMMARY_WEIGHT`).

Every rule reads the announcement's standard wording or its headings, never one company's text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

import numpy as np

logger = logging.getLogger(__name__)

__all__ = ["SUMMARY_WEIGHT", "is_announcement", "is_notice_boilerplate", "notice_asides", "notice_weights",
           "summary_part", "template_words"]

# How much more a sentence of the 特别提示 part weighs than it would elsewhere.
SUMMARY_WEIGHT = 1.8
# How much a line of background weighs: a base period's figure alone ("上年同期盈利8,871.20万元。"),
# a part describing the parties (股东的基本情况, 交易对手方介绍, 被担保人基本情况), a line that only
# says an announcement was published ("X晚间披露2026年年报及利润分配预案。").
BACKGROUND_WEIGHT = 0.4

_BASE_PERIOD_RE = re.compile(r"^(?:[，,]?\s*)(?:上年同期|去年同期|上年度?|上一年度|上年同期[^。；，]{0,6})[^。；，]{0,16}[。；;]?$")
_BACKGROUND_HEADING_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\d+[、.．]|（[一二三四五六七八九十\d]+）)?\s*"
    r"(?:[^，。；：:]{0,8}(?:基本情况|基本情況|的介绍|介绍|介紹|简介|簡介))[：:]?$"
)
# "二、上年同期业绩情况" (a 业绩预告's part that restates last year's figures, "归属于…净利润：1.42亿元。"): the base
# the news is measured against; a line of it read alone passes last year's profit for this year's.
_BASE_PERIOD_HEADING_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\d+[、.．]|（[一二三四五六七八九十\d]+）)?\s*"
    r"(?:上年同期|去年同期|上年度|上一年度)[^，。；：:]{0,6}(?:业绩|業績|经营|經營|财务|財務|盈利)[^，。；：:]{0,8}[：:]?$"
)
_PUBLISHED_RE = re.compile(r"(?:公告|披露|发布|公布|發佈|公佈)[^。；，]{0,40}(?:公告|预案|草案|年报|年度报告|半年报|季报|业绩预告|业绩快报|报告)[。]?$")

# Standard wording, simplified and traditional (HK announcements are written in traditional).
_BOILERPLATE_RE = re.compile(
    # the board's guarantee
    r"保[证證][^。；]{0,40}(?:真[实實][性]?、准[确確]|不存在任何虚假|没有虚假|沒有虛假|不存在虛假)"
    r"|(?:虚假|虛假)(?:记载|記載)、(?:误导|誤導)性(?:陈述|陳述)或(?:者)?重大(?:遗漏|遺漏)[^。；]{0,40}(?:法律[责責]任|[负負][责責])"
    # the exchange's disclaimer
    r"|[对對]本公[告吿]的?[内內]容概不[负負][责責]"
    # the rule the announcement is made under
    r"|本公[告吿](?:乃|系|是)[^。；]{0,80}(?:根[据據]|按照|依照)[^。；]{0,80}(?:上市[规規]则|上市[規规][則则]|[内內]幕消息)[^。；]{0,60}而作出"
    r"|保[证證]公[告吿][内內]容与信息披露义务人提供的信息一致|保證公告內容與信息披露義務人提供的信息一致"
    r"|^特此公[告吿][。.]?$|^证券代码[：:]|^證券代碼[：:]|^[（(]?股份代[號号][：:]"
    r"|[现現][将將](?:有[关關]|相[关關]|具体|具體)?(?:情况|情況|事[项項])(?:公[告吿]|披露|[说說]明)如下"
    # the reminder to mind the risk
    r"|(?:敬请|提请|敬請|提請|请|請)(?:广大|廣大)?投资者[^。；]{0,20}(?:注意投资风险|理性投资|谨慎决策)"
    r"|(?:敬请|提请|敬請|提請|请|請)(?:广大|廣大)?投資者[^。；]{0,20}(?:注意投資風險|理性投資|謹慎決策)"
    r"|(?:务|務)[请請](?:审慎|審慎)行事"
    # the figures are not audited yet
    r"|初步(?:核算|测算|測算)(?:的?数据|的?數據|的?结果|的?結果)"
    r"|(?:相关|相關)的?(?:财务|財務)(?:数据|數據)未[经經](?:会计师事务所|會計師事務所|注册会计师|註冊會計師)?(?:审计|審計)"
    r"|与会计师事务所进行了预沟通|與會計師事務所進行了預溝通"
    r"|^(?:上述|以上|本次)(?:数据|數據|财务数据|財務數據|业绩预告|業績預告)[^。；]{0,24}未[经經][^。；]{0,12}(?:审计|審計)"
    # a 业绩预告's closing assurance that nothing uncertain affects it
    r"|不存在(?:可能)?影[响響]本次[业業][绩績](?:预告|預告)[^。；]{0,6}准确性的重大不(?:确定|確定)(?:因素|性)"
    r"|(?:仅|僅)(?:基于|基於)[^。；]{0,30}(?:未经审核|未經審核|未经审计|未經審計)[^。；]{0,30}(?:初步评估|初步評估)"
    # "公司与国家电网有限公司不存在关联关系。": the standard disclosure of no relation, alone
    r"|^[^，。；]{0,30}(?:与|與)[^，。；]{0,40}(?:不存在|並無|并无)(?:任何)?(?:关联|關聯)(?:关系|關係)[。]?$"
    # the listing rules' classification of a transaction
    r"|(?:适用|適用)百分比率"
    r"|[须須](?:遵守|遵從)上市(?:规则|規則)[^。；]{0,30}(?:公告|通知)",
)
# "本次…计划的实施存在不确定性" with no figure: the template's risk line.
_UNCERTAIN_RE = re.compile(
    r"(?:实施|實施|进展|進展|结果|結果|能否[^。；]{0,12}|尚|仍)存在(?:一定的?|较大的?|較大的?|重大)?不(?:确定|確定)性")
_DIGIT_RE = re.compile(r"\d")
_LIST_MARKER_RE = re.compile(r"^\s*(?:\d+[、.．]|[（(]\d+[)）]|[一二三四五六七八九十]+、)")
# A figure with its unit: a summary item that states one is the plan itself, not a procedure.
_FIGURE_RE = re.compile(r"\d[\d,，.]*\s*(?:%|％|万|萬|亿|億|股|元|美元|港元|倍)")

# Headings of the parts after the news: the documents for inspection, whom to call, the rules.
_ASIDE_HEADING_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\d+[、.．]|（[一二三四五六七八九十\d]+）)?\s*"
    r"(?:备查文件|備查文件|有关咨询办法|有關諮詢辦法|联系方式|聯繫方式|联系人及联系方式|咨询方式|"
    r"上市(?:规则|規則)(?:涵义|涵義|的涵义|的涵義)|与会计师事务所沟通情况|與會計師事務所溝通情況)[：:]?$"
)
_SUMMARY_HEADING_RE = re.compile(r"^(?:特别提示|特別提示|重要内容提示|重要內容提示|重要提示)[：:]?$")
# A heading: a short line alone in its paragraph without end punctuation.
_HEADING_MAX = 30
_END_MARKS = "。！？!?.．;；…"
# The summary part ends where the body starts: "X公司（以下简称“公司”）于…收到…，现将有关情况公告如下".
_BODY_START_RE = re.compile(r"如下[：:]\s*$")
_SUMMARY_MAX_PARAGRAPHS = 8
# An item of the summary's list ("●股份来源：…", "1、…"), never a heading that ends it.
_ITEM_RE = re.compile(r"^\s*(?:[●■◆◇○•▪·\-]|\d+[、.．]|[（(]\d+[)）])")


def is_notice_boilerplate(text: str) -> bool:
    """A sentence in an announcement's standard wording: the guarantee, the disclaimer, the
    rule it is made under, the reminder of risk, the note that figures are unaudited."""
    stripped = text.strip()
    if _BOILERPLATE_RE.search(stripped):
        return True
    return bool(_UNCERTAIN_RE.search(stripped)) and not _DIGIT_RE.search(_LIST_MARKER_RE.sub("", stripped))


def _is_heading(text: str, alone: bool) -> bool:
    stripped = text.strip()
    return alone and 0 < len(stripped) <= _HEADING_MAX and stripped[-1] not in _END_MARKS


def _paragraph_sizes(paragraphs: Sequence[int]) -> dict[int, int]:
    size: dict[int, int] = {}
    for p in paragraphs:
        size[p] = size.get(p, 0) + 1
    return size


def notice_asides(texts: Sequence[str], paragraphs: Sequence[int]) -> list[bool]:
    """Per sentence: the announcement's standard wording, or a part after the news (备查文件,
    联系方式, 上市規則涵義), which runs from its heading to the next heading."""
    size = _paragraph_sizes(paragraphs)
    flags = [False] * len(texts)
    aside = False
    for i, text in enumerate(texts):
        opens = i == 0 or paragraphs[i] != paragraphs[i - 1]
        if opens and _is_heading(text, size[paragraphs[i]] == 1):
            aside = bool(_ASIDE_HEADING_RE.match(text.strip()))
        flags[i] = aside or is_notice_boilerplate(text)
    return flags


def summary_part(texts: Sequence[str], paragraphs: Sequence[int]) -> list[bool]:
    """Per sentence: does it state a figure in the announcement's summary (特别提示, 重要内容提示)?

    An item with a figure is the plan itself (the amount, the price, the share count); one
    without ("本次交易尚需提交股东大会审议") is procedure and weighs as elsewhere.

    The part runs from its heading to the next heading, or to the paragraph that opens the
    body ("…现将有关情况公告如下："), at most a few paragraphs.
    """
    size = _paragraph_sizes(paragraphs)
    flags = [False] * len(texts)
    inside = False
    start_paragraph = 0
    for i, text in enumerate(texts):
        opens = i == 0 or paragraphs[i] != paragraphs[i - 1]
        if opens:
            stripped = text.strip()
            if _is_heading(text, size[paragraphs[i]] == 1) and not (inside and _ITEM_RE.match(stripped)):
                inside = bool(_SUMMARY_HEADING_RE.match(stripped))
                start_paragraph = paragraphs[i]
                continue
            if inside and paragraphs[i] - start_paragraph > _SUMMARY_MAX_PARAGRAPHS:
                inside = False
        if inside and _BODY_START_RE.search(text):
            inside = False
        flags[i] = inside and bool(_FIGURE_RE.search(text))
    return flags


def notice_weights(texts: Sequence[str], paragraphs: Sequence[int]) -> np.ndarray:
    """A factor on each sentence's news value from the announcement's form: a figure of the
    summary part weighs `SUMMARY_WEIGHT`; background (`BACKGROUND_WEIGHT`) weighs less."""
    weights = np.where(summary_part(texts, paragraphs), SUMMARY_WEIGHT, 1.0)
    size = _paragraph_sizes(paragraphs)
    background = False
    for i, text in enumerate(texts):
        stripped = text.strip()
        opens = i == 0 or paragraphs[i] != paragraphs[i - 1]
        if opens and _is_heading(text, size[paragraphs[i]] == 1):
            background = bool(_BACKGROUND_HEADING_RE.match(stripped) or _BASE_PERIOD_HEADING_RE.match(stripped))
            continue
        if background or _BASE_PERIOD_RE.match(stripped) or (
                _PUBLISHED_RE.search(stripped) and not _FIGURE_RE.search(stripped)):
            weights[i] = min(weights[i], BACKGROUND_WEIGHT)
    return weights


# Words every announcement uses of itself and of every company: no keyword of one announcement.
# In a news story "公告" or "披露" may be the news ("公司公告称…"), so only an announcement drops them.
TEMPLATE_WORDS = frozenset({
    "公告", "本公告", "披露", "内容", "公佈", "公布", "有限公司", "股份有限公司", "董事会", "全体董事", "保证",
    "內容", "董事會", "集團有限公司", "控股有限公司", "香港", "規則", "证券", "證券",
})
# The marks of an announcement itself (not of a story about one): its header, its closing, the HKEX disclaimer.
_ANNOUNCEMENT_RE = re.compile(
    r"^(?:证券代码|證券代碼)[：:]|公告编号[：:]|公告編號[：:]|^特此公[告吿][。.]?$|概不[负負][责責]|^[（(]?股份代[號号][：:]")


def is_announcement(texts: Sequence[str]) -> bool:
    """Whether the text is an announcement itself: its header, 特此公告 or the HKEX disclaimer."""
    return any(_ANNOUNCEMENT_RE.search(text.strip()) for text in texts)


def template_words(texts: Sequence[str]) -> frozenset[str]:
    """`TEMPLATE_WORDS` for an announcement, nothing for any other text."""
    return TEMPLATE_WORDS if is_announcement(texts) else frozenset()
