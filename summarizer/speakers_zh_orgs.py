"""Organisations a Chinese text leaves unnamed or names only after what kind they are
("一家车企回应称", "另一家平台快食达回应称"): the company replies, so it is the speaker.

A name with no company ending (快食达, 畅途出行) is not recognised as an organisation by its
own letters; the "一家/另一家 + kind" in front of it is what tells a reader it is one.
"""

from __future__ import annotations

import re

# The kinds of organisation news calls "一家…": carmakers, platforms, banks, brokers, shops.
_KINDS = (r"车企|車企|房企|药企|藥企|乳企|险企|企业|企業|公司|平台|银行|銀行|券商|机构|機構|厂商|廠商|厂家|廠家|品牌|商家"
          r"|门店|門店|酒店|医院|醫院|学校|學校|媒体|媒體|航司|网站|網站|工厂|工廠|基金|店铺|店鋪|餐厅|餐廳|机构")
_UNNAMED_ORG_RE = re.compile(
    r"(?:另有|也有|还有|有)?(?P<whole>(?:另一家|另外一家|一家|某家|某)(?P<kind>[\u4e00-\u9fff]{0,6}?(?:" + _KINDS + r"))"
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,8})?)")
# What follows the kind but is no name: what it did ("一家机构发布一份报告称") or a word of the clause.
_NOT_A_NAME_RE = re.compile(r"[的之和与及、在对向于了是也还则已曾将都又并]|负责人|負責人|人士|高管|员工|員工|人员|人員"
                            r"|发布|發布|发表|發表|公布|一份|一则|报告|報告|声明|聲明|公告|文章|回应|回應")


def unnamed_org(clause: str) -> str | None:
    """The organisation a whole clause before a speech verb names: its own name when it has one
    after its kind ("另一家平台快食达" → 快食达), else the kind ("一家车企"); None for anything else.

    The clause must be the "一家 + kind (+ name)" phrase and nothing more: "一家车企的负责人" is a
    person of the company, found as a role elsewhere.
    """
    m = _UNNAMED_ORG_RE.fullmatch(clause)
    if m is None:
        return None
    name = m.group("name")
    if name is not None:
        if _NOT_A_NAME_RE.search(name):
            return None  # "一家车企的负责人" is a person of it; "一家机构发布一份报告" says what it did
        return name
    return m.group("whole")


# "人工智能公司DeepMind", "DeepMind公司": a Latin name the text presents as an organisation.
_LATIN_ORG_KIND = r"(?:公司|集团|机构|企业|实验室|研究所|研究院|大学|银行|基金|媒体|平台|交易所|初创企业|初创公司)"
# Titles in Latin letters: "CEO", "CFO", "VP".
_LATIN_TITLES = r"C[EFTOIM]O|VP|IR|PR|HR"
# The endings of a full name an abbreviation keeps its last character from (中国消费者协会 → 中消协).
_FULL_ORG_RE = re.compile(r"[\u4e00-\u9fff]{4,16}?(?:协会|委员会|管理局|监督管理委员会|联合会|商会|研究院|研究所|总局|总署|银行)")


def named_org(clause: str, before: str) -> str | None:
    """An organisation a whole clause names in a way no company ending shows, when the text before
    it says what it is: a Latin name presented with its kind ("收购的人工智能公司DeepMind" then
    "DeepMind表示"), or the short form of a full name given before ("中国消费者协会" then "中消协表示",
    each of its characters in order in the full name, its last one from the full name's ending).
    None for anything else: a Latin word no one presented as an organisation may be a person."""
    if re.fullmatch(_LATIN_TITLES, clause[-3:]) or re.fullmatch(_LATIN_TITLES, clause):
        return None  # "苹果公司CEO表示": a person by title, not an organisation called CEO
    presented = re.fullmatch(rf"[\u4e00-\u9fff]{{0,10}}{_LATIN_ORG_KIND}\s?([A-Z][A-Za-z0-9&\-]{{1,20}})", clause)
    if presented:
        return presented.group(1)  # "人工智能公司DeepMind表示": presented in the clause itself
    if re.fullmatch(r"[A-Z][A-Za-z0-9&\-]{1,20}", clause):
        kind = re.search(rf"{_LATIN_ORG_KIND}\s?{re.escape(clause)}(?![A-Za-z0-9])|(?<![A-Za-z0-9]){re.escape(clause)}\s?{_LATIN_ORG_KIND}", before)
        return clause if kind else None
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", clause) or clause[-1] not in "协会委局署行院所":
        return None
    for m in _FULL_ORG_RE.finditer(before):
        full = m.group()
        if len(full) >= len(clause) + 2 and clause[-1] in full[-3:] and _in_order(clause, full):
            return clause
    return None


def _in_order(short: str, full: str) -> bool:
    """Whether every character of `short` stands in `full`, in the same order."""
    at = 0
    for char in short:
        at = full.find(char, at) + 1
        if at == 0:
            return False
    return True
