"""Whose figure a bare metric is, in a story about several companies.

A roundup names one company, gives its figures, then the next: "甲地产11月签约面积98.6万平方米；签约金额156.2亿元"
then "乙置业…"; a brokerage morning note heads each stock's paragraph with its name ("一、甲医药（688xxx.SH）：…")
and says 公司 or nothing in it; an English roundup writes "Its electric-vehicle sales rose 22%" or "The company
cut its full-year forecast". Each figure was read with the subject its clause writes ("签约金额", "营收", "The
company's full-year delivery forecast"), which in a story about one company is the company's own to a reader, but
in a story about three is anyone's. So, only where the text names two companies or more as the subject of a
clause, a figure whose subject is a bare metric (or a metric after 公司/其, "Its", "The company's", "The
Japanese maker …") takes the company named last at the head of a clause before it. A subject that names an owner
of its own (前100强房企, the industry, consumers, a market) is left alone. Kept apart from the clause readers
(`summarizer.figures` and the looks after it), which read one sentence at a time.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.disclosers import disclosers
from summarizer.model import Figure

__all__ = ["company_owners"]

logger = logging.getLogger(__name__)

# A Chinese company's name: a short stem, then the word its kind of business ends with.
_ZH_TAIL = (r"(?:地产|置业|控股|集团|股份|科技|汽车|医药|药业|电力|食品|城建|银行|证券|保险|能源|电子|实业|资本|物业|建设"
            r"|电气|材料|化工|钢铁|矿业|航空|传媒|通信|智能|生物|环境|建材|机械|重工|光电|半导体|新能源|酒业|乳业|物流|快递|速运|快运|俱乐部)")
# At the head of a clause: the sentence's start, after a clause mark or a list marker ("一、", "1.").
_ZH_COMPANY = re.compile(r"(?:^|[，,；;：:、。\s】]|^[（(]?[一二三四五六七八九十\d]{1,2}[、.．)）])"
                         r"(?:另据公告[，,]?|此外[，,]?|同期[，,]?|而|同时|据)?"
                         # (then what it did, its figures, or who spoke for it: "北岭俱乐部董事长某某称")
                         r"([\u4e00-\u9fff]{2,4}?" + _ZH_TAIL + r")(?=[（(\d当本今全实前上11月年的公：:，,董总首发]|完成|业务量|$)")
# A time or a pointer is no company's stem ("上赛季俱乐部实现营业收入": the club of the season before).
_ZH_NOT_STEM = re.compile(r"(?:上|本|下)?赛季|今年|去年|上年|明年|全年|当[月年]|本[月年]|上月|同期|该|其|本")
# A bare metric, after 公司/本公司/该公司/其 and a span word at most.
_ZH_BARE = re.compile(r"^(?:(?:本|该)?(?:公司|集团|俱乐部)|其)?((?:当月|单月|累计|全年|前三季度|单季度?)?"
                      r"[\u4e00-\u9fffA-Za-z]{0,6}?(?:金额|面积|营收|收入|净利润|利润|销售额|销量|毛利率|净利率|EPS|电价|PE"
                      r"|现金流|产量|交付量|价款|订单|客座率|运输量|周转量|保费收入|保费|装载率|利用率|业务量|单票收入))$")
# Words that name an owner of their own: not the company's.
_ZH_OTHER_OWNER = re.compile(r"房企|行业|全国|全市|全省|市场|板块|指数|我国|城市|企业|百强|居民|消费者|投资者|平均|同比|环比")

# An English company: capitalised words ending in the word of a company ("Corvane Motors", "Sorrel Generics"),
# or a short capitalised name that opens a sentence and does what companies do ("Aldmark Automotive sold").
_EN_TAIL = (r"(?:Motors|Motor|Automotive|Group|Inc|Corp|Co|Ltd|Plc|Holdings|Foods|Airlines|Airways|Energy|Pharma|Generics"
            r"|Systems|Technologies|Industries|Electronics|Labs|Networks|Brands|Stores|Bank|Bancorp|Capital|Software"
            r"|Semiconductor|Mining|Therapeutics|Financial|Media|Telecom|Steel|Home|United|FC|Retail|Logistics)")
# (a name has a word before the tail — "Group's online sales" names no one — and a title is no company:
# "Chief Financial Officer")
_EN_COMPANY = re.compile(r"(?:^|(?<=[.;]\s)|(?<=\n))\W*(?:Rival\s+|Peer\s+)?((?!(?:Chief|Senior|Executive|Deputy|Vice|The)\s)"
                         r"(?:[A-Z][\w&\-]*\s+){1,3}" + _EN_TAIL + r")\b(?!\s+Officer)")
# What refers to the company named before: "Its", "The company", "The Japanese maker".
_EN_REFERENCE = re.compile(r"^\W*(?:Its|Their|The\s+company(?:['’]s)?|The\s+(?:[A-Z]?[a-z\-]+\s+){0,2}(?:maker|carmaker|"
                           r"automaker|retailer|company|group|firm|lender|bank|insurer|chipmaker|airline|miner|club)(?:['’]s)?)\s")
_EN_REFERENCE_SUBJECT = re.compile(r"^(?:(?:its|their|the\s+company['’]s|the\s+company)\s+)", re.IGNORECASE)
# A sentence that opens on a bare metric ("Net sales increased 5.1% to $8.74 billion.") goes on about the company
# named before it, as "Its net sales" would.
_EN_BARE_METRIC = re.compile(r"(?:(?:net|total|operating|comparable|same-store|gross|quarterly|full-year|annual|adjusted)\s+)?"
                             r"(?:sales|revenue|income|profit|loss|margin|deliveries|earnings|orders|shipments)", re.IGNORECASE)
_EN_OTHER_OWNER = re.compile(r"\b(?:industry|market|consumers?|economists?|analysts?|investors?|league|shares?|stocks?)\b",
                             re.IGNORECASE)


def company_owners(figures: Sequence[Figure], sentences: Sequence[str], lang: str) -> list[Figure]:
    """`figures` with a bare metric named by the company its passage is about, in a story about several."""
    finder = _ZH_COMPANY if lang != "en" else _EN_COMPANY
    named: list[list[tuple[int, str]]] = [[(m.start(1), m.group(1).strip()) for m in finder.finditer(s)
                                           if not _ZH_NOT_STEM.match(m.group(1))] for s in sentences]
    if lang != "en":  # a company named as the one that discloses its report ("另一家组件龙头天合新能披露三季报")
        named = [sorted({*row, *((at, name) for at, name in disclosers(s)
                                 if not _ZH_NOT_STEM.match(name) and not any(name in n or n in name for _, n in row))})
                 for row, s in zip(named, sentences, strict=True)]
    companies = {name for row in named for _, name in row}
    if len(companies) < 2:
        return list(figures)
    out: list[Figure] = []
    for figure in figures:
        if figure.kind == "figure" and 0 <= figure.sentence_index < len(sentences):
            renamed = (_zh_owned if lang != "en" else _en_owned)(figure, sentences, named, companies)
            if renamed is not None:
                figure = replace(figure, subject=renamed)
        out.append(figure)
    return out


def _last_company(figure: Figure, sentences: Sequence[str], named: list[list[tuple[int, str]]]) -> str | None:
    """The company named last at the head of a clause before the figure (its own sentence first)."""
    sentence = sentences[figure.sentence_index]
    at = sentence.find(figure.context) if figure.context else -1
    start = at + max(0, figure.context.find(figure.text)) if at >= 0 else len(sentence)
    own = [name for pos, name in named[figure.sentence_index] if pos < start]
    if own:
        return own[-1]
    for index in range(figure.sentence_index - 1, -1, -1):
        if named[index]:
            return named[index][-1][1]
    return None


def _zh_owned(figure: Figure, sentences: Sequence[str], named: list[list[tuple[int, str]]],
              companies: set[str]) -> str | None:
    subject = (figure.subject or "").strip()
    bare = _ZH_BARE.match(subject)
    if not bare or any(c in subject for c in companies) or _ZH_OTHER_OWNER.search(subject):
        return None
    if re.match(r"(?:本|该)?[\u4e00-\u9fff]{2,4}?" + _ZH_TAIL, subject) and not re.match(r"(?:本|该)?(?:公司|集团|俱乐部)", subject):
        return None  # "海鸥航空旅客运输量": a company of its own, named where the finder does not look
    return _zh_company_metric(figure, sentences, named, bare)


def _zh_company_metric(figure: Figure, sentences: Sequence[str], named: list[list[tuple[int, str]]],
                       bare: re.Match[str]) -> str | None:
    company = _last_company(figure, sentences, named)
    return company + bare.group(1) if company else None


def _en_owned(figure: Figure, sentences: Sequence[str], named: list[list[tuple[int, str]]],
              companies: set[str]) -> str | None:
    subject = (figure.subject or "").strip()
    sentence = sentences[figure.sentence_index]
    if not subject or any(c.split()[0] in subject for c in companies) or _EN_OTHER_OWNER.search(subject):
        return None
    refers = _EN_REFERENCE.match(sentence)
    opens = named[figure.sentence_index][0][1] if named[figure.sentence_index] and \
        named[figure.sentence_index][0][0] <= 6 else None
    if refers:
        bare = _EN_REFERENCE_SUBJECT.sub("", subject)
        if bare[:1].isupper() and bare != subject:
            bare = bare[:1].lower() + bare[1:]
        prior = [name for index in range(figure.sentence_index - 1, -1, -1) for _, name in reversed(named[index])]
        company = prior[0] if prior else None
    elif _EN_BARE_METRIC.fullmatch(subject) and sentence.lstrip().startswith(subject):
        prior = [name for index in range(figure.sentence_index - 1, -1, -1) for _, name in reversed(named[index])]
        bare, company = subject[:1].lower() + subject[1:], prior[0] if prior else None
    elif opens and subject[:1].islower():
        # "Eastport United, which lost …, reported an operating loss of $18 million"; "… raised its dividend by 4%"
        bare, company = _EN_REFERENCE_SUBJECT.sub("", subject), opens
    else:
        return None
    if not company or not bare or bare[:1].isupper():
        return None
    return f"{company}{'’' if company.endswith('s') else '’s'} {bare}".replace("’", "'")
