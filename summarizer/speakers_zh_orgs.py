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
