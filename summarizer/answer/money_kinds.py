"""Which money a question asks for, beyond its metric: the currency, and the kind of money a deal names.

"What were X's net sales in euros?" is not answered by "$8.74 billion": a figure in another currency
is another figure (we never convert). "How much did X make from the sale of its unit?" asks the gain,
not the price the buyer paid ("for $640 million"); "net proceeds", "upfront", "milestones" and a
"dividend" each name one sum of a deal, and a sentence that names none of them states another sum.
"""

from __future__ import annotations

import re

__all__ = ["asked_currency", "currency_ok", "kind_ok", "number_currency"]

# The currency a question names ("in euros", "多少美元", "以港元计").
_ASKED_EN = re.compile(r"\bin (?:u\.?s\.? |american |hong kong |hk |australian |canadian |chinese )?"
                       r"(dollars?|euros?|yuan|renminbi|rmb|yen|pounds?|sterling|won|rupees?)\b")
_ASKED_ZH = re.compile(r"(?:多少|以|按|用)(?:[万亿千百]*)(美元|欧元|港元|港币|日元|英镑|人民币|韩元|澳元)")
_EN_CODES = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yuan": "CNY", "renminbi": "CNY",
             "rmb": "CNY", "yen": "JPY", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "won": "KRW",
             "rupee": "INR", "rupees": "INR"}
_ZH_CODES = {"美元": "USD", "欧元": "EUR", "港元": "HKD", "港币": "HKD", "日元": "JPY", "英镑": "GBP",
             "人民币": "CNY", "韩元": "KRW", "澳元": "AUD", "元": "CNY"}
_PREFIX = re.compile(r"(hk\$|us\$|a\$|c\$|s\$|nt\$|\$|€|£|¥|rmb\s?|人民币)\s*$")
_PREFIX_CODES = {"hk$": "HKD", "us$": "USD", "a$": "AUD", "c$": "CAD", "s$": "SGD", "nt$": "TWD", "$": "USD",
                 "€": "EUR", "£": "GBP", "¥": "CNY", "rmb": "CNY", "人民币": "CNY"}
_SUFFIX = re.compile(r"[\d.,]+\s*(?:billion|million|thousand|trillion|bn|mn|m|[万亿千百]+)?\s*"
                     r"(美元|港元|港币|欧元|日元|英镑|韩元|澳元|(?<![美港欧日韩澳台])元|dollars?|euros?|yuan|yen|pounds?|pence"
                     r"|cents?)(?![a-z])")
_SUFFIX_CODES = {"dollar": "USD", "dollars": "USD", "cent": "USD", "cents": "USD", "euro": "EUR", "euros": "EUR",
                 "yuan": "CNY", "yen": "JPY", "pound": "GBP", "pounds": "GBP", "pence": "GBP"}


def asked_currency(question: str) -> str | None:
    """The currency a (folded) question asks its amount in, or None when it names none."""
    if m := _ASKED_EN.search(question):
        word = m.group(1)
        if "hong kong" in m.group(0) or "hk " in m.group(0):
            return "HKD"
        if word.startswith("dollar") and ("australian" in m.group(0) or "canadian" in m.group(0)):
            return "AUD" if "australian" in m.group(0) else "CAD"
        return _EN_CODES.get(word)
    if m := _ASKED_ZH.search(question):
        return _ZH_CODES[m.group(1)]
    return None


def number_currency(sentence: str, span: tuple[int, int]) -> str | None:
    """The currency written at the number of `span` (a symbol before it, a word after it), if any."""
    start, end = span
    if m := _PREFIX.search(sentence[max(0, start - 4):start]):
        return _PREFIX_CODES[m.group(1).strip()]
    head = re.match(r"(hk\$|us\$|a\$|c\$|s\$|nt\$|\$|€|£|¥)", sentence[start:end])
    if head:
        return _PREFIX_CODES[head.group(1)]
    if m := _SUFFIX.match(sentence, start):
        word = m.group(1)
        return _ZH_CODES.get(word) or _SUFFIX_CODES.get(word)
    return None


def currency_ok(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """False when the question asks an amount in one currency and the number is written in another."""
    asked = asked_currency(question)
    if asked is None:
        return True
    written = number_currency(sentence, span)
    return written == asked  # a number with no currency written (a rate, a count) is no amount in it either


# "How much did X make from the sale of its unit?", "出售鼎泰物流能赚多少钱": the gain on the sale.
_GAIN_ASKED_EN = re.compile(r"\b(?:make|makes|made|earn|earns|earned|book|books|booked|profit|gain)\b[^?]{0,40}?"
                            r"\b(?:from|on)\s+(?:the\s+|its\s+|this\s+)?(?:\w+\s+)?(?:sale|sales|divestiture|disposal|selling)\b")
_GAIN_ASKED_ZH = re.compile(r"(?:出售|卖出|转让|处置|卖掉|卖)[^？?]{0,20}(?:赚|收益|盈利|利润)")
_GAIN_SAID = re.compile(r"\bgains?\b|\bprofit\b|收益|盈利|利润|净利")
# Words that each name one sum of a deal or a payout: a sentence must name the asked one.
_KIND_WORDS = {"proceeds": r"\bproceeds\b|所得款项|净额", "upfront": r"\bupfront\b|\bup-front\b|首付款|预付款",
               "milestone": r"\bmilestones?\b|里程碑", "milestones": r"\bmilestones?\b|里程碑",
               "dividend": r"\bdividends?\b|股息|派息|分红|红利|派发|派现", "royalty": r"\broyalt(?:y|ies)\b|特许权使用费|销售分成",
               "royalties": r"\broyalt(?:y|ies)\b|特许权使用费|销售分成"}
_KIND_ZH = {"首付款": "upfront", "里程碑": "milestone", "所得款项": "proceeds"}
# A sum raised ("募资多少") is the one whose clause says it is raised or issued (发行总额, 募集配套资金不超过6亿元): not the
# share price beside it, nor the deal's 交易作价 just before.
_RAISED = re.compile(r"募资|募集|发行总额|发行规模|发行金额")


# "How much were X's digital sales?" asks an amount: "Digital sales grew 11% and made up 19%" states none.
_AMOUNT_ASKED_EN = re.compile(r"^how much (?:was|were|is|are)\b")
_NOT_AMOUNT_EN = re.compile(r"\b(?:comparable|same[- ]store|like[- ]for[- ]like|margin|rate|ratio|share|percent|percentage"
                            r"|yield|growth|change|up|down|higher|lower)\b")
_PERCENT_AT = re.compile(r"[\d.,]+\s*(?:%|percent\b|per cent\b|percentage points?\b|basis points?\b)")


# "$640 million in cash", "$2 billion of debt": the noun after the amount says what it is, whatever the
# sentence before measured.
_NAMED_AFTER = re.compile(r"(?:hk\$|us\$|[$€£¥])?[\d.,]+\s*(?:billion|million|trillion|thousand|bn|mn|m)?\s+(?:in|of)\s+"
                          r"(?:new\s+|net\s+|total\s+)?(cash|debt|loans?|deposits?|assets|bonds|notes|savings|reserves|liquidity"
                          r"|fees|fines|damages|funding|dividends|buybacks|charges|capital)\b")


# "for $4.2 billion in cash and stock": how a price is paid, not what the amount is.
_PRICE_BEFORE = re.compile(r"\b(?:for|at|pay|pays|paid|paying|offer|offers|offered|offering|worth|valued at|price of|deal of)"
                           r"\s+(?:about |around |roughly |nearly |some |up to )?(?:hk\$|us\$|[$€£¥])?$")


# "What was Li Auto's net loss?" is not answered by "净利润为8.6亿元": a profit is no loss (a loss asked as
# a profit, "净利润" answered by "净亏损3.8亿元", still is: it is a negative profit).
_LOSS_ASKED = re.compile(r"\blos(?:s|ses|t|e)\b|亏损|亏了|亏多少|亏钱")
_PROFIT_SAID = re.compile(r"\bprofits?\b|\bincome\b|\bearn|利润|盈利|净利|赚")
_LOSS_SAID = re.compile(r"\blos(?:s|ses|t)\b|\bdeficit\b|亏损|亏|负|转亏")


def _profit_stated(sentence: str, at: int) -> bool:
    """Is the number at `at` stated as a profit (its clause names a profit, no loss, and no minus sign)?"""
    clause = _clause(sentence, at)
    if sentence[max(0, at - 1):at + 1].lstrip()[:1] in ("-", "−", "(") or _LOSS_SAID.search(
            clause + sentence[at:at + 16]):
        return False
    return bool(_PROFIT_SAID.search(clause))


def _clause(sentence: str, at: int) -> str:
    cut = max(sentence.rfind(sep, 0, at) for sep in ("，", "；", "。", ", ", "; "))
    return sentence[cut + 1:at]


def kind_ok(question: str, sentence: str, at: int) -> bool:
    """False when the question asks one kind of money (a gain on a sale, net proceeds, an upfront payment,
    milestones, a dividend) and the number at `at` is stated as another one (the price, the deal's worth, the
    cash a company holds), or asks an amount ("how much were sales") of which the number is a percentage."""
    if (_GAIN_ASKED_EN.search(question) or _GAIN_ASKED_ZH.search(question)) and not _GAIN_SAID.search(
            _clause(sentence, at) + sentence[at:at + 40].split(",")[0].split("，")[0]):
        return False
    if _AMOUNT_ASKED_EN.match(question) and not _NOT_AMOUNT_EN.search(question) and _PERCENT_AT.match(sentence, at):
        return False
    if ((named := _NAMED_AFTER.match(sentence, at)) and named.group(1).rstrip("s")[:4] not in question
            and not _PRICE_BEFORE.search(sentence[max(0, at - 40):at])):
        return False
    if _LOSS_ASKED.search(question) and not _PROFIT_SAID.search(question) and _profit_stated(sentence, at):
        return False
    if "募资" in question and not _RAISED.search(re.split(r"[，,；;。]", sentence[:at])[-1]):
        return False
    asked = {w for w in re.findall(r"[a-z]+", question) if w in _KIND_WORDS}
    asked |= {kind for word, kind in _KIND_ZH.items() if word in question}
    return all(_nearest_is(sentence, _KIND_WORDS[kind], at) for kind in asked)


_NUMBER = re.compile(r"(?:hk\$|us\$|[$€£¥])?\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|mn|m\b|%|[亿万]?元|[亿万]))?")


def _nearest_is(sentence: str, pattern: str, at: int) -> bool:
    """Does a word of `pattern` stand nearer the number at `at` than any other number? In "will pay $260
    million upfront and up to $1.84 billion in … milestones", upfront is the $260 million's."""
    numbers = [(m.start(), m.end()) for m in _NUMBER.finditer(sentence)]
    for word in re.finditer(pattern, sentence):
        def gap(span: tuple[int, int]) -> int:
            return word.start() - span[1] if span[1] <= word.start() else max(0, span[0] - word.end())
        if numbers and min(numbers, key=gap)[0] <= at < min(numbers, key=gap)[1] + 1:
            return True
    return False
