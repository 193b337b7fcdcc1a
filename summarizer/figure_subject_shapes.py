"""Subjects in sentence shapes the general rules of `summarizer.figure_subjects` misread, fixed once
all the figures of a sentence are known (each rule needs the figure before or the words after).

English:
- an absolute construction after "with": "RevPAR rose 4.6%, with average daily rate up 2.9% to
  $178.40" (the rate rose, and reached $178.40; not RevPAR);
- a region leading its clause: "In Asia Pacific, RevPAR jumped 13.5%, while in the United States it
  edged up 0.8%" (Asia Pacific's RevPAR, not the whole company's);
- a list of places ending a noun phrase: "The cap on energy bills for households in England, Scotland
  and Wales will fall 1.2%" (the cap, not "Scotland and Wales");
- an index in a relative clause: "the STOXX Europe 600 banks index, which is up 29%";
- a noun before "remain … higher": "bills remain roughly 50% higher than before";
- a noun dated by a span before its verb: "sales in the first seven weeks of the year had grown 1.7%";
- a ratio named by its abbreviation: "a common equity tier 1 (CET1) ratio of 13.8%" (not "ratio");
- a time phrase opening the clause is no part of who: "During the summer window Ashbourne spent…";
- the base of a loss that widened or narrowed is a loss too: "widened to £48.3 million from £21.6 million";
- what a deal is worth is no move, though the clause rose: "grew 18% after a deal worth A$1.1 billion";
- what an estimate goes on to ("expect net profit of €1.34 billion, …, on revenue of €6.15 billion")
  is an estimate too.
Chinese:
- an amount right after a verb and its object: "全省共发行新增专项债券2,380亿元" (the bonds, not 全省),
  "公司已累计回购股份1,260万股", and "耗资约1.5亿元" after it (the buyback's cost);
- a part named after it: "其中10%作香港公開發售，其餘90%為國際配售";
- a clause of cause ("随着订单交付将回升至85%以上") is no subject: the one measured before is;
- "把薪资帽上调8%，至每队9,500万元": the cap, both times;
- a change after a share ("市场份额为21.5%，同比增长12.3%") is of the thing counted, not of the share;
- a topic opened with 方面 ("NAND Flash方面，前五大厂商营收合计186.5亿美元") names whose the figure is;
- a limit named before the figure ("控制在…债务限额31,200亿元以内").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_lexicon import EN_VERBS
from summarizer.figure_numbers import NumberMatch
from summarizer.figure_subject_shapes_en import revise_english_shapes
from summarizer.model import Figure

__all__ = ["revise_subjects"]

_RELATIVE = frozenset({"%", "个百分点", "百分点", "percentage points", "basis points"})

# ---------------------------------------------------------------- English

_EN_WITH_RE = re.compile(
    r"\bwith\s+(?:(?:its|the|their)\s+)?((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s+"
    r"(?:up|down|rising|climbing|increasing|growing|gaining|falling|declining|dropping|slipping|edging\s+(?:up|down))"
    r"\s+(?:(?:by|about|nearly|almost|some)\s+)?$")
_EN_PLACE_LEAD_RE = re.compile(
    r"(?:^|[,;]\s*(?:while|whereas|but|and)?\s*)[Ii]n\s+(?:the\s+)?"
    r"(?P<place>[A-Z][A-Za-z.\-]*(?:\s+[A-Z][A-Za-z.\-]*){0,3})\s*,?\s+(?P<rest>[^,;]*)$")
_NOT_PLACES = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                         r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12]|The|This|That|Addition"
                         r"|Total|Contrast|Particular|Fact|Other|Comparison|Response|Trading)\b")
_EN_PLACE_LIST_RE = re.compile(r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s)*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:and|or)\s[A-Z][a-z]+")
_EN_HEAD_BEFORE_LIST_RE = re.compile(
    r"^\s*(?:The\s+|the\s+)?(?P<np>[a-z][\w\-]*(?:\s+(?!(?:for|in|of|at|to|from|by|will|would|is|was|has)\b)[\w\-]+){0,2}"
    r"(?:\s+(?:on|of)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?)\s+(?:for|in)\s+[^,;]*,\s*$")
_EN_WHICH_RE = re.compile(
    r"(?:the\s+)?(?P<np>(?:[A-Z][\w\-]*\s+|\d+\s+|[a-z][\w\-]*\s+){0,5}(?:index|benchmark|gauge|average|sector))\s*,\s*which\s+"
    r"(?:is|was|has|had)\s+(?:been\s+)?(?:up|down|risen|fallen|gained|lost|rose|fell|climbed|added|shed)\s+(?:by\s+|about\s+)?$")
_EN_REMAIN_RE = re.compile(
    r"(?:^|[,;]\s*)(?:(?:But|but|And|and|Yet|yet)\s+)?(?P<np>[A-Za-z][\w\-]*(?:\s[a-z][\w\-]*){0,2})\s+"
    r"(?:remain|remains|remained|are|is|were|was|stand|stands|stood)\s+(?:still\s+)?(?:about|roughly|around|nearly|some)?\s*$")
_EN_DATED_NOUN_RE = re.compile(
    r"\b(?!that\b|which\b)(?P<np>[a-z][\w\-]*(?:\s[a-z][\w\-]*)?)\s+in\s+the\s+(?:first|last|past|final)\s+[^,;\d]{0,50}?\s+"
    r"(?:had|has|have)\s+(?:grown|risen|fallen|declined|increased|dropped|slipped|climbed)\s+(?:just\s+|only\s+|by\s+)?$")
_EN_ABBR_RATIO_RE = re.compile(r"\(([A-Z][A-Za-z0-9]{1,7})\)\s+(ratio|margin|rate)\s+(?:of|was|stood\s+at|at)\s+(?:about\s+)?$")
_EN_TIME_LEAD_RE = re.compile(r"^(?:During|Over|Throughout)\s+the\s+[\w\s\-]{2,30}?\s+(?=[A-Z])")
_EN_LOSS_MOVE_RE = re.compile(r"\bloss\s+(?:widened|narrowed|grew|shrank|deepened|swelled|eased)\s+to\s+$", re.IGNORECASE)
_EN_ON_REVENUE_RE = re.compile(r",?\s+on\s+(?:revenue|sales|turnover)\s+of\s+(?:about\s+|around\s+)?$")
# "a record 512,000 rooms, 38% of them under construction": the rooms under construction, not "them".
_EN_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|those)\s+((?:under|in|on|at|with|for|through|via)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)"
                            r"(?=[,.;]|\s+(?:and|while|as)\b|$)")
# "expects to spend £1.3 billion on smart meters", "Ashbourne spent £164 million on new players".
_EN_SPEND_BEFORE_RE = re.compile(r"\b(?:spend|spends|spent|spending|invest|invests|invested|investing)\s+"
                                 r"(?:(?:about|around|roughly|nearly|some|up\s+to|more\s+than)\s+)?$")
_EN_SPEND_ON_RE = re.compile(r"\s+(on|in)\s+((?:new\s+|its\s+|the\s+)?[a-z][\w\-]*(?:\s+(?!(?:over|during|in|by|this|next|last|from|to"
                             r"|before|after|through|until)\b)[a-z][\w\-]*){0,4})")
# "raised £58 million from sales": the money raised from the sales.
_EN_RAISED_FROM_RE = re.compile(r"\s+from\s+((?:the\s+)?(?:sale|sales|disposals?|asset\s+sales|player\s+sales|divestments?)"
                                r"(?:\s+of\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?)\b")
# "4.2 million customer accounts": "accounts" read as the verb of "accounts for".
_EN_ACCOUNTS_AFTER_RE = re.compile(r"\s+((?:customer|user|client|retail|subscriber|savings|deposit)\s+accounts)\b")
# ", and net unit growth of about 6.5%": the next item of an outlook's list.
_EN_LIST_ITEM_RE = re.compile(r"^,?\s+and\s+(?:[a-z][\w\-]*\s+){1,4}(?:of|at)\s+(?:about\s+|around\s+|roughly\s+)?$")
# "cut its forecast for full-year completions to between 10,200 and 10,600 homes": the completions.
_EN_FORECAST_FOR_RE = re.compile(r"\b(?:forecast|guidance|outlook|target|estimate)\s+for\s+(?:its\s+|the\s+)?"
                                 r"(?P<x>[a-z][\w\-]*(?:\s[a-z][\w\-]*){0,2}?)\s+to\s+(?:between\s+)?(?:about\s+)?$")
# "Media rights income, which now makes up 22% of revenue": the income's share of revenue.
_EN_WHICH_SHARE_RE = re.compile(r"(?P<np>[A-Z][\w\-]*(?:\s[a-z][\w\-]*){0,3}),\s*which\s+(?:now\s+)?(?:makes?\s+up|accounts?\s+for"
                                r"|represents?|comprises?)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$")
# "… 15% of gross domestic product, …": the whole named to its last word, never cut inside ("gross domestic").
_EN_WHOLE_AFTER_RE = re.compile(r"\s+of\s+((?:[a-z][\w\-]*\s){0,2}[a-z][\w\-]*)(?![\w\-]|\s+(?!(?:in|on|at|for|from|to|and"
                                r"|or|last|this|a|the|of|by|with|while|as|since|over|during|but)\b)[a-z])")


def _clause_object(np: str) -> str:
    """"The attack hurt tourism" -> "tourism": what comes after a verb is the noun phrase the share is of."""
    words = np.split()
    verbs = [i for i, w in enumerate(words[1:], 1) if w.lower() in EN_VERBS or w.lower() in _EN_CLAUSE_VERBS]
    return " ".join(words[verbs[-1] + 1:]) if verbs and verbs[-1] + 1 < len(words) else np


_EN_CLAUSE_VERBS = frozenset(("hurt", "hit", "boosted", "lifted", "helped", "dented", "weighed", "affected", "slowed"))
# "capital spending of A$150 million": the kind of spending is part of its name.
_EN_KIND_BEFORE_RE = re.compile(r"\b(capital|operating|marketing|total|annual|organic|underlying|core)\s+(\w+)\s+of\s+(?:about\s+)?$")
_EN_RESULT_VERB_RE = re.compile(r"\b(?:said|reported|posted|rose|fell|was|were|had|has|grew|increased|declined|reached"
                                r"|climbed|dropped|jumped|slipped|totalled|totaled|came)\b")


def _english(shadow: str, figures: list[Figure], matches: Sequence[NumberMatch], starts: list[int]) -> None:
    for i, (fig, match) in enumerate(zip(figures, matches)):
        if fig.kind != "figure":
            continue
        start = starts[i]
        before = shadow[start:match.start]
        prev = next((j for j in range(i - 1, -1, -1) if figures[j].kind == "figure"), None)
        subject = fig.subject
        if (w := _EN_WITH_RE.search(before)) and w.group(1) not in ("it", "them"):
            subject = w.group(1)
            # "…, with average daily rate up 2.9% to $178.40": the level reached is the same rate's.
            nxt = i + 1
            if nxt < len(figures) and figures[nxt].kind == "figure" and re.fullmatch(
                    r"\s+to\s+", shadow[match.end:matches[nxt].start]):
                figures[nxt] = replace(figures[nxt], subject=subject)
        elif (place := _EN_PLACE_LEAD_RE.search(shadow[matches[prev].end if prev is not None else 0:match.start])) and not _NOT_PLACES.match(place.group("place")) and subject and (
                place.group("place").lower() not in subject.lower()):
            rest = place.group("rest")
            # ("In London, the FTSE 100 fell 0.5%": a market named for itself is no region's measure.)
            if re.match(r"(?:the|The)\s|.*\d|.*\b(?:index|FTSE|DAX|Nikkei|Dow|Nasdaq|S&P|Hang\s+Seng|shares|stocks)\b", subject):
                pass
            elif re.match(r"(?:it|its)\s", rest) or (subject.lower() in rest.lower() and rest[:1].isupper() or
                                                     rest.lower().startswith(subject.lower())):
                subject = f"{place.group('place')} {subject}"
        elif subject and _EN_PLACE_LIST_RE.fullmatch(subject):
            head = _EN_HEAD_BEFORE_LIST_RE.match(shadow[:start])
            if head:
                subject = head.group("np")
        if (which := _EN_WHICH_RE.search(shadow[max(0, match.start - 120):match.start])) and fig.unit in _RELATIVE:
            subject = which.group("np").strip()
        if subject is None and fig.unit in _RELATIVE and re.match(r"\s+(?:higher|lower|above|below|more|less)\b",
                                                                  shadow[match.end:]):
            if remain := _EN_REMAIN_RE.search(before):
                subject = remain.group("np")
        if subject is None and (dated := _EN_DATED_NOUN_RE.search(before)):
            subject = dated.group("np")
        if subject in ("ratio", "margin", "rate") and (abbr := _EN_ABBR_RATIO_RE.search(before)):
            subject = f"{abbr.group(1)} {abbr.group(2)}"
        if subject and (lead := _EN_TIME_LEAD_RE.match(subject)):
            subject = subject[lead.end():]
        after = shadow[match.end:]
        if (ahead := _EN_FORECAST_FOR_RE.search(before)) and fig.unit is None:
            subject = ahead.group("x")  # a count forecast: "homes" only says what it counts
        if fig.unit == "%" and (share := _EN_WHICH_SHARE_RE.search(shadow[matches[prev].end if prev is not None else 0:match.start])) and (whole := _EN_WHOLE_AFTER_RE.match(after)):
            subject = f"{possessive_of(_clause_object(share.group('np')))}share of {whole.group(1)}"
        if subject and " " not in subject and (kind := _EN_KIND_BEFORE_RE.search(before)) and kind.group(2) == subject:
            subject = f"{kind.group(1)} {subject}"
        if subject in ("them", "those") and (them := _EN_OF_THEM_RE.match(after)) and prev is not None:
            counted = figures[prev].subject if figures[prev].unit is None else figures[prev].unit
            subject = f"{counted} {them.group(1)}" if counted else None
        if (subject is None or re.fullmatch(r"[A-Z][\w&'’.\-]*(?:\s[A-Z][\w&'’.\-]*){0,3}|[Tt]he\s(?:company|group|firm)", subject)) and (
                match.unit not in _RELATIVE) and (
                _EN_SPEND_BEFORE_RE.search(before)) and (spent := _EN_SPEND_ON_RE.match(after)):
            noun = "spending" if spent.group(1) == "on" else "investment"
            subject = f"{possessive_of(subject)}{noun} {spent.group(1)} {spent.group(2)}"
        if subject == "amount raised" and (source := _EN_RAISED_FROM_RE.match(after)):
            subject = f"amount raised from {source.group(1)}"
        if subject in ("customer", "user", "client", "subscriber", "retail") and (
                accounts := _EN_ACCOUNTS_AFTER_RE.match(after)):
            subject = accounts.group(1)
        change = fig.change
        if (match.is_baseline and prev is not None and figures[prev].change == "loss" and fig.change is None
                and _EN_LOSS_MOVE_RE.search(shadow[max(0, matches[prev].start - 40):matches[prev].start])
                and re.fullmatch(r"\s+from\s+", shadow[matches[prev].end:match.start])):
            change = "loss"
        if change in ("up", "down") and re.search(r"\bworth\s+(?:about\s+|around\s+|up\s+to\s+|nearly\s+)?$", before):
            change = None  # "grew 18% after a new broadcast deal worth A$1.1 billion": what the deal is worth, no move
        estimate = fig.estimate
        if estimate is None and _EN_ON_REVENUE_RE.search(shadow[max(0, match.start - 40):match.start]):
            earlier = [figures[j].estimate for j in range(i) if figures[j].kind == "figure"]
            estimate = "estimate" if "estimate" in earlier else None
        if estimate is None and prev is not None and _EN_LIST_ITEM_RE.match(shadow[matches[prev].end:match.start]):
            head = next((j for j in range(i) if figures[j].kind == "figure" and figures[j].estimate == "forecast"), None)
            if head is not None and not _EN_RESULT_VERB_RE.search(shadow[matches[head].end:match.start]):
                estimate = "forecast"  # "expects RevPAR growth of 3.5% to 4.5%, …, and net unit growth of about 6.5%"
        if (subject, change, estimate) != (fig.subject, fig.change, fig.estimate):
            figures[i] = replace(fig, subject=subject, change=change, estimate=estimate)


def possessive_of(owner: str | None) -> str:
    """"Ashbourne's " for an owner named before the figure, "" for none."""
    if not owner:
        return ""
    return f"{owner}’ " if owner.endswith("s") else f"{owner}'s "


# ---------------------------------------------------------------- Chinese

_ZH_VERB_OBJECT_RE = re.compile(
    r"(?:共|累计|合计|已|已经|此前|新)*(?P<verb>发行|發行|回购|回購|增持|减持|減持|认购|認購|出售|发放|發放)"
    r"(?!人民币|人民幣|美元|港元|港幣|港币)(?P<obj>(?:(?![为為达達至不超约約的于於在将將已以])[\u4e00-\u9fffA-Za-z]){2,10}?)"
    r"(?:约|約|逾|超|近|合计|合共)?$")
_ZH_BOUGHT_RE = re.compile(r"^\s*[，,]?\s*(?:合共|合计|合計|共同|共|將|将|拟|擬)*(認購|认购|購買|购买)(?:约|約)?\s*$")
_ZH_HAS_RE = re.compile(r"(?:共有|拥有|擁有|现有|現有|共计有|共計有|累计有|累計有)(?!超|逾|约|約|近|不|达|達|高达|多达)(?P<noun>(?:(?![为為是达達])[\u4e00-\u9fff]){2,8}?)(?:约|約|逾|超过|超過|近)?$")
_ZH_COUNTERS = frozenset("项 項 家 个 個 款 名 只 座 所 条 條 种 種 支 台 辆 輛 艘 架 部 件 套".split())
_ZH_DEAL_AFTER_RE = re.compile(r"\s?(收购|收購|回购|回購|增持|减持|減持|认购|認購|购买|購買|出售|入股)")
_ZH_INTENT_END_RE = re.compile(r"(?:拟|擬|将|將|计划|計劃|斥资|斥資|出资|出資)以?\s*(?:不超过|不低于|约|約)?\s*$|(?<![\u4e00-\u9fff])以\s*$")
_ZH_OWNER_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,12}")
_ZH_COST_RE = re.compile(r"^(?:耗资|耗資|斥资|斥資|金额|金額|成交金额|成交金額)$")
_ZH_PART_AFTER_RE = re.compile(r"(?:作為|作为|用作|作|為|为)(?P<noun>[\u4e00-\u9fffA-Za-z]{2,10}?)(?=[，,。；;、]|$)")
_ZH_PART_BEFORE_RE = re.compile(r"^\s*(?:其中|其餘|其余|另有|剩余|剩餘|餘下|余下)?\s*(?:约|約|近|逾)?\s*$")
_ZH_CAUSE_RE = re.compile(r"^(?:预计|預計|明年|今年|将|將)*(?:随着|隨著|由于|由於|受益于|受益於|得益于|得益於|因为|因為)")
_ZH_SHARE_END_RE = re.compile(r"(?:的)?(?:市场份额|市場份額|市占率)$")  # (a fund's 份额 are its units)
_ZH_CHANGE_AFTER_SHARE_RE = re.compile(r"^\s*[，,]\s*(?:同比|环比|環比|按年|按季)?(?:增长|增長|下降|下滑|减少|減少|上升|提升|增加)\s*$")
# Only a product or market named in Latin letters ("NAND Flash方面", "HBM方面"): a Chinese topic is
# mostly a heading of a note ("盈利能力方面", "个股方面", "国内方面") that names no owner.
_ZH_TOPIC_RE = re.compile(r"(?:^|[。；;，,])\s*(?P<topic>[A-Za-z][A-Za-z0-9 ]{1,15})方面\s*[，,]")
_ZH_GENERIC_TOPICS = re.compile(r"价格|價格|库存|庫存|业务|業務|财务|財務|需求|供给|供給|政策|市场|市場|成本|利润|利潤|营收|營收|经营|經營")
_ZH_LIMIT_RE = re.compile(r"的(?P<noun>[\u4e00-\u9fff]{0,6}(?:限额|限額|上限|额度|額度))\s*$")
_ZH_REVENUE_COPULA_RE = re.compile(r"(?:营收|營收|收入|销量|銷量|出货量|出貨量|销售额|銷售額)为(?=市占率|市場份額|市场份额|份额|份額)")


def _chinese(shadow: str, figures: list[Figure], matches: Sequence[NumberMatch], starts: list[int]) -> None:
    for i, (fig, match) in enumerate(zip(figures, matches)):
        if fig.kind != "figure":
            continue
        prev = next((j for j in range(i - 1, -1, -1) if figures[j].kind == "figure"), None)
        before = shadow[max(starts[i], matches[prev].end if prev is not None else 0):match.start]
        subject = fig.subject
        if (vo := _ZH_VERB_OBJECT_RE.search(before)) and match.unit not in _RELATIVE and (
                not subject or (vo.group("obj") not in subject and vo.group("verb") not in subject)):
            subject = f"{vo.group('verb')}{vo.group('obj')}"
        elif prev is not None and (bought := _ZH_BOUGHT_RE.match(before)) and re.match(r"的(?:股份|股票|H股|新股)", shadow[match.end:]) \
                and match.unit not in _RELATIVE:
            # "引入4名基石投資者，合共認購約6.5億港元的股份": what the investors subscribed, not "股份"
            subject = f"{figures[prev].subject or ''}{bought.group(1)}"
        elif (match.unit or "").endswith("元") and (deal := _ZH_DEAL_AFTER_RE.match(shadow, match.end)) and (
                intent := _ZH_INTENT_END_RE.search(before)):
            # "中材科技拟61亿元收购…", "拟以1亿元至2亿元回购股份": the amount of the deal, not "中材科技拟" nor "股份"
            owner = before[:intent.start()].strip(" ：:，,")
            subject = (owner if _ZH_OWNER_RE.fullmatch(owner) else "") + deal.group(1) + "金额"
        elif (had := _ZH_HAS_RE.search(before)) and match.unit in _ZH_COUNTERS and (not subject or had.group("noun") not in subject):
            subject = had.group("noun")  # "目前公司共有在研项目21项": the projects, not the company
        elif subject and _ZH_COST_RE.match(subject) and prev is not None and (
                owner := re.match(r"(回购|回購|增持|减持|減持|认购|認購)", figures[prev].subject or "")):
            subject = f"{owner.group(1)}{subject}"  # "回购股份1,260万股，耗资约1.5亿元"
        elif match.unit in ("%",) and _ZH_PART_BEFORE_RE.match(before) and (
                part := _ZH_PART_AFTER_RE.match(shadow, match.end)):
            subject = part.group("noun")  # "其中10%作香港公開發售"
        elif subject and _ZH_CAUSE_RE.match(subject):
            subject = figures[prev].subject if prev is not None else None  # "随着订单交付将回升至85%以上"
        elif subject and subject.startswith(("至每", "到每")) and prev is not None and re.fullmatch(
                r"\s*[，,]\s*(?:至|到)每[\u4e00-\u9fff]{1,3}\s*", shadow[matches[prev].end:match.start]):
            subject = figures[prev].subject  # "把薪资帽上调8%，至每队9,500万元"
        elif (subject and fig.change in ("up", "down") and match.unit == "%" and prev is not None
              and _ZH_SHARE_END_RE.search(subject) and figures[prev].subject == subject and figures[prev].change is None
              and figures[prev].unit == "%"
              and _ZH_CHANGE_AFTER_SHARE_RE.match(shadow[matches[prev].end:match.start])):
            # "市场份额为21.5%，同比增长12.3%": what was counted grew, a share does not grow 12.3%
            subject = _ZH_SHARE_END_RE.sub("", subject) or None
        elif subject is None and (limit := _ZH_LIMIT_RE.search(shadow[starts[i]:match.start])):
            subject = limit.group("noun")  # "控制在国务院核定的债务限额31,200亿元以内"
        if subject:
            subject = re.sub(r"^把(?=[\u4e00-\u9fff]{2})", "", subject)  # "把薪资帽上调8%"
            subject = _ZH_REVENUE_COPULA_RE.sub("", subject)  # "海晟电子营收为市占率"
            topic = _topic_of(shadow, match.start)
            if topic and not (set(topic) & set(subject)):
                subject = f"{topic}{subject}"  # "NAND Flash方面，前五大厂商营收"
        if subject != fig.subject:
            figures[i] = replace(fig, subject=subject)


def _topic_of(shadow: str, at: int) -> str | None:
    """The topic "X方面，" that opens the sentence part holding offset `at`, when it names a thing."""
    head = shadow[:at]
    cut = max(head.rfind("。"), head.rfind("；"), head.rfind(";"))
    topic = _ZH_TOPIC_RE.search(head, cut + 1 if cut >= 0 else 0)
    if not topic or _ZH_GENERIC_TOPICS.search(topic.group("topic")):
        return None
    return topic.group("topic").strip()


def revise_subjects(sentence: str, shadow: str, figures: list[Figure], matches: Sequence[NumberMatch],
                    is_zh: bool) -> list[Figure]:
    """`figures` (one per match, in order) with the subjects of the shapes above set right."""
    from summarizer.figure_subjects import clause_of

    starts = [clause_of(sentence, m.start, m.end)[1] for m in matches]
    if is_zh:
        _chinese(shadow, figures, matches, starts)
    else:
        _english(shadow, figures, matches, starts)
        revise_english_shapes(shadow, figures, matches, starts)
    return figures
