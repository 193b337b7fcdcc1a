"""Finding the numbers of one sentence: value, scale, unit, range, approximation, kind.

Every number is classified once and spans never overlap: URLs, dates and ids first
(a date inside a URL is part of the URL), then vague counts, then plain numbers.
Everything that is not a figure ("1）", "[3]", 688256.SH, "77比73", "Burton, 57,")
is kept as a date or an id, so it is blanked out of subjects and never ranked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.cn_numerals import cn_value as _cn_value
from summarizer.cn_numerals import vague_step as _vague_step
from summarizer.figure_lexicon import (
    APPROX_AFTER_EN, APPROX_AFTER_ZH, APPROX_BEFORE_EN, APPROX_BEFORE_ZH,
    ARABIC,
    CHANGE_MARKER_RE,
    CN_PERCENT_RE,
    CUBIC_FANG_RE,
    CURRENCY_UNITS,
    DATE_RE, DOLLAR_DENOMINATION_RE, DOLLAR_DENOMINATIONS,
    DIGIT_COUNT_RE,
    DURATION_RE,
    EN_CHANGE_BEFORE_RE,
    EN_RANGE_TO_RE,
    EN_SCALE,
    EN_UNIT_CANON,
    EN_UNIT_RE,
    FULL_WIDTH_GROUPS_RE,
    FULL_WIDTH_RE,
    ID_RE,
    LIST_ORDINAL_RE,
    NUMBER_RE,
    PENCE_RE,
    PER_UNIT_RE,
    RANGE_BEFORE_SIGN_RE,
    RANGE_SEP_RE,
    SCALE_VALUES,
    SHADOW,
    TIME_METRIC_RE,
    URL_RE,
    VAGUE_DIGITS,
    VAGUE_LEAD_RE,
    VIDEO_LINES,
    VIEW_COUNT_AFTER_RE,
    VIEW_COUNT_BEFORE_RE,
    ZH_SCALE,
    ZH_UNIT_RE,
)
from summarizer.figure_bare_zh import zh_bare_name_number, zh_paired_year
from summarizer.figure_not_quantities import is_sample_size, not_a_quantity_en, zh_not_a_quantity
from summarizer.figure_sizes import is_product_size
from summarizer.figure_trillions import trillion_amounts


@dataclass(slots=True)
class NumberMatch:
    """A number found in one sentence, before subjects are resolved."""

    start: int
    end: int
    value: float | tuple[float, float] | None
    unit: str | None
    approx: str | None
    kind: str
    is_baseline: bool = False  # "from X to Y": X is where it started
    scale: float = 1.0


# ---------------------------------------------------------------- per sentence


def shadow_of(sentence: str) -> str:
    """The sentence with full-width digits, signs and thousands separators in ASCII, char for char."""
    shadow = sentence.translate(SHADOW) if FULL_WIDTH_RE.search(sentence) else sentence
    if "，" in shadow:
        shadow = FULL_WIDTH_GROUPS_RE.sub(lambda m: m.group().replace("，", ","), shadow)
    return shadow


# "lost 0-2 to Harbor City", "were beaten 89-97": the loser's score is written first.
_LOST_BEFORE_RE = re.compile(r"\b(?:lost|losing|loses|lose|beaten|trailed|trailing|fell|defeated)\s+(?:by\s+)?$")
_CODE_FROM_RE = re.compile(r"(?<![\d.])\d{1,2}[-–~]$")


# Two bond tenors joined by a slash name one spread ("02/10年期", "05/30年期").
_TENOR_PAIR_RE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}年期")

def find_numbers(shadow: str, is_zh: bool) -> list[NumberMatch]:
    """All numbers in one sentence, classified; spans never overlap."""
    taken: list[tuple[int, int]] = []
    results: list[NumberMatch] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(m: NumberMatch) -> None:
        taken.append((m.start, m.end))
        results.append(m)

    # URLs first (a date inside a URL is part of the URL), then dates ("Q2 2024"), then other ids.
    for m in URL_RE.finditer(shadow):
        add(NumberMatch(m.start(), m.end(), None, None, None, "id"))
    lead = LIST_ORDINAL_RE.match(shadow)
    if lead and free(lead.start(), lead.end()):
        add(NumberMatch(lead.start(), lead.end(), None, None, None, "id"))
    for m in _TENOR_PAIR_RE.finditer(shadow):  # "02/10年期美债收益率利差": the 2s10s spread, no date
        add(NumberMatch(m.start(), m.end(), None, None, None, "id"))
    for m in DATE_RE.finditer(shadow):
        if free(m.start(), m.end()) and _not_inside_number(shadow, m.start(), m.end()):
            add(NumberMatch(m.start(), m.end(), None, None, None, "date"))
    for m in ID_RE.finditer(shadow):
        # ("1-11M22", January to November 2022: the month it starts from is part of the code.)
        start = m.start() - len(lead.group()) if (lead := _CODE_FROM_RE.search(shadow, 0, m.start())) else m.start()
        if any(ch.isdigit() for ch in m.group()) and free(start, m.end()):
            add(NumberMatch(start, m.end(), None, None, None, "id"))
    for m in DURATION_RE.finditer(shadow):
        if free(m.start(), m.end()) and _not_inside_number(shadow, m.start(), m.end()):
            if not any(ch.isdigit() for ch in m.group()) and m.group()[0] in "一两二三四五六七八九":
                continue  # "一年前", "两年": prose, not worth keeping
            if is_zh and ((m.group().endswith("小时") and _UTILIZATION_RE.search(shadow, max(0, m.start() - 30), m.start()))
                          or TIME_METRIC_RE.search(shadow, max(0, m.start() - 20), m.start())):
                continue  # "平均利用3,142小时", "日均使用时长为98.6分钟": a measure, not a length of time
            add(NumberMatch(m.start(), m.end(), None, None, None, "date"))
    for m in DIGIT_COUNT_RE.finditer(shadow):
        if free(m.start(), m.end()):
            count = 1.0 if m.group(1) == "个" else _cn_value(m.group(1))
            if count is None:
                continue
            digits = int(count)
            add(NumberMatch(m.start(), m.end(), (10.0 ** (digits - 1) if digits > 1 else 0.0, 10.0 ** digits),
                       "%" if m.group().startswith("百分比") else "位数", None, "figure"))
    for m in CN_PERCENT_RE.finditer(shadow):
        value = _cn_value(m.group(1))
        if free(m.start(), m.end()) and value is not None:
            add(NumberMatch(m.start(), m.end(), value, "%", None, "figure"))
    if is_zh:
        for start, end, amount, unit, approx in trillion_amounts(shadow):  # "2兆6,158亿元": one amount
            if free(start, end):
                add(NumberMatch(start, end, amount, unit, approx, "figure", scale=1e12))
        for m in VAGUE_LEAD_RE.finditer(shadow):
            built = _vague_lead(shadow, m)
            if built is not None and free(built.start, built.end) and not shadow[built.start - 1:built.start].isdigit():
                add(built)
    for m in NUMBER_RE.finditer(shadow):
        if not m.group("arabic") and not m.group("cn"):
            continue
        if not free(m.start(), m.end()) or not _not_inside_number(shadow, m.start(), m.end()):
            continue
        built = _build(shadow, m, is_zh)
        if built is not None and free(built.start, built.end):
            add(built)
    results.sort(key=lambda r: r.start)
    _share_list_units(shadow, results)
    for r in results:
        # A single digit with no unit ("1）", "《浪姐2》", "2+5") says nothing on its own.
        # Eight digits or more with no unit is a phone, QQ or account number.
        if (r.kind == "figure" and r.unit is None and r.scale == 1.0
                and re.fullmatch(r"[+\-−]?\d|\d{8,}", shadow[r.start:r.end])):
            r.kind = "id"
    return results


def _share_list_units(shadow: str, results: list[NumberMatch]) -> None:
    """"216.5、239.3、253.3亿元", "29/26/23 倍": the unit written once at the end counts for all."""
    for i in range(len(results) - 2, -1, -1):
        this, nxt = results[i], results[i + 1]
        if this.kind != "figure" or nxt.kind != "figure" or this.unit is not None or this.scale != 1.0:
            continue
        if nxt.unit is None and nxt.scale == 1.0:
            continue
        if shadow[this.end:nxt.start].strip().rstrip("+") not in ("、", "/", ",", "，", "和", "及"):
            continue
        if isinstance(this.value, float):
            this.value *= nxt.scale
        this.unit, this.scale = nxt.unit, nxt.scale


# A power plant's (or machine's) utilization in hours, and the change of it after a comma.
_UTILIZATION_RE = re.compile(r"利用(?:小时数?)?(?:为|达|约)?\s?$|利用(?:小时数?)?[^。；;]{0,24}?(?:减少|增加|下降|提高|降低|多|少)了?\s?$")


def _not_inside_number(shadow: str, start: int, end: int) -> bool:
    before = shadow[start - 1] if start else ""
    after = shadow[end] if end < len(shadow) and shadow[end - 1].isdigit() else ""
    return not (before.isdigit() or (before == "." and start > 1 and shadow[start - 2].isdigit())
                or after.isdigit())


_ZH_CHANGE_VERB_BEFORE_RE = re.compile(r"(?:增加|增长|净增|新增|提升|提高|上升|减少|下降|降低|净减|扩大|缩小)了?\s?"
                                       r"(?:约|近|逾|超|超过|大约|约为)?\s?$")


def _change_then_level(before: str, sep: str, first: float, second: float, unit: str | None) -> bool:
    """"经销商数量净增加133家至2177家": after a change verb, 至 joins the change to the level it reached, not
    the two ends of a range. A range's ends are of one order ("新增门店100家至150家"), so only a second
    number more than three times the first reads as the level (percentages stay ranges: "增长20%至30%").
    An approximation may stand between the verb and the change ("同比下降约1.2万元至15.6万元")."""
    return (sep.strip() in ("至", "到") and unit != "%" and bool(_ZH_CHANGE_VERB_BEFORE_RE.search(before))
            and second > 3 * first > 0)


_EN_RANGE_THEN_FROM_RE = re.compile(r"(?:[$€£]\d[\d.,]*(?:\s(?:million|billion|trillion))?\s+(?:to|and)\s+[$€£]\d[\d.,]*"
                                    r"(?:\s(?:million|billion|trillion))?(?:\s+(?:a|per)\s+share)?|\d[\d.]*%\s+(?:to|and)\s+\d[\d.]*%),?\s+from\s*$")


def _shared_unit_pair(first: float, tail: str) -> bool:
    """"cut output by 40,000 to 55,000 tons": a bare number, "to", and one of the same size with a unit word is a
    range sharing that unit, not a change and the level it ended at ("by 500 to 12,000 employees" is one)."""
    second = re.match(r"\s+to\s+(\d[\d,]*(?:\.\d+)?)\s+(?!percent|per\s+cent|points|basis|percentage)[a-z]{3,}", tail)
    return bool(second) and first > 0 and 1 < float(second.group(1).replace(",", "")) / first <= 3


def _build(shadow: str, m: re.Match[str], is_zh: bool) -> NumberMatch | None:
    """Turn a raw number match into a figure: value, scale, unit, range, approx."""
    start, end = m.start(), m.end()
    arabic, cn = m.group("arabic"), m.group("cn")
    vague = m.group("vague") or m.group("vague2")
    scale_word = (m.group("scale") or "").strip()
    # "$(36.4) million": an accounting minus, the amount in parentheses after its currency.
    negative = bool(m.group("neg") or m.group("paren"))
    if negative and RANGE_BEFORE_SIGN_RE.search(shadow[:start]):
        # "3万-4万": the dash joins a range, it is no minus sign.
        start, negative = start + 1, False
    if is_zh and arabic and not negative and re.search(r"(?:^|[於于为至在是达报到和、，,：:（(])[正负]$", shadow[:start]):
        # "指数维持于正9", "降至负3%": 正/负 written as a sign.
        negative = shadow[start - 1] == "负"
        start -= 1
    elif not is_zh and arabic and not negative and (sign := re.search(r"(?<!plus or )\b(?:negative|minus)\s$", shadow[:start])):
        negative, start = True, sign.start()  # "Operating margin was negative 2.3%": shown with its sign word
    if cn:
        if shadow[start - 1:start] == "第":
            return None
        if len(cn) > 1 and not re.search("[十百千万亿零〇]", cn):
            # Digits side by side with no place between them are words or rough ranges, never one
            # number: "唯一一家" is not 11 firms, "五六家" is five or six.
            return None
        if not (vague or scale_word) and len(cn) == 1 and cn not in "十百千":
            unit_text, _ = _unit_after(shadow[end:], is_zh)
            if unit_text not in ("倍", "成", "个百分点", "%"):
                return None  # "一个", "两家", "三年": prose, not figures
        unit_text, _ = _unit_after(shadow[end:], is_zh)
        if not (vague or scale_word) and unit_text in (None, "分", "点"):
            return None  # a bare Chinese numeral is a word ("十分" is "very"), not a figure
        if cn in ("百", "千") and not (scale_word and unit_text):
            # "百亿元", "千万元" are amounts; 千瓦, 千家万户, 百万富翁, 百亿补贴 and
            # "千万不要" are words.
            return None
        base = _cn_value(cn)
        if base is None:
            return None
    else:
        base = float(arabic.replace(",", ""))
    # English scale words need care: "5 m" is metres, "5m" is million only right after a currency.
    # Capital letters ("5M", "2B") are a scale only after a currency too.
    if scale_word in ("m", "b", "k", "M", "B", "K", "Mn", "Bn", "MN", "BN") and not m.group("cur"):
        end -= len(m.group("scale"))
        scale_word = ""
        if m.group("vague2"):
            end -= len(m.group("vague2"))
            vague = m.group("vague")
    scale = SCALE_VALUES.get(scale_word.lower(), 1.0) if scale_word else 1.0
    step = _vague_step(arabic, cn) if vague else None
    value: float | tuple[float, float] | None
    if step is not None:
        value = (base * scale, (base + step) * scale)
    else:
        value = base * scale
    unit = CURRENCY_UNITS.get((m.group("cur") or "").strip())
    unit, end = (DOLLAR_DENOMINATIONS[re.sub(r"\s", " ", den.group(1))], den.end()) if unit == "$" and not is_zh and (den := DOLLAR_DENOMINATION_RE.match(shadow, end)) else (unit, end)
    tail = shadow[end:]
    unit_text, unit_len = _unit_after(tail, is_zh, arabic or "")
    if unit_text is None and is_zh and scale_word in ("万", "亿") and CUBIC_FANG_RE.match(tail):
        unit_text, unit_len = "方", 1  # "820.7万方" (of concrete), "235亿方" (of gas): cubic metres
    if unit_text is not None and unit is None:
        unit = unit_text
        end += unit_len
        tail = shadow[end:]
        per = PER_UNIT_RE.match(tail)  # "150元/辆", "5元/小时", "80美元/桶"
        if per:
            unit += per.group()
            end += per.end()
            tail = shadow[end:]
    if cn and not vague and isinstance(value, float) and value < 10 and unit not in ("倍", "成", "个百分点", "%"):
        return None  # "两家", "三个": prose
    if cn and unit is None and not scale_word:
        return None  # a bare Chinese numeral is a word, not a figure
    # "1010data", "8Gb" read as no unit: a number glued to letters is a name or a code.
    if re.match(r"[A-Za-z]", tail[:1]) and not CHANGE_MARKER_RE.match(tail) and not (
            scale_word and not scale_word[-1:].isascii()):
        return NumberMatch(m.start(), end + len(re.match(r"[A-Za-z]+", tail).group()), None, None, None, "id")
    # Explicit ranges: "20%-30%", "20-30%", "5%至5.25%".
    rng = RANGE_SEP_RE.match(tail)
    if rng and rng.group()[:1].isspace() and rng.group()[-1:] in "-−" and tail[rng.end():rng.end() + 1].isdigit():
        rng = None  # "-18,362.44 -41,270.85": two cells of a flattened table, the second one signed
    if rng is None and not is_zh:
        # "15% to 20%", "between 15% and 20%"; but "from 15% to 20%" is a change, not a range.
        lead_in = shadow[max(0, start - 12):start]
        words = EN_RANGE_TO_RE.match(tail)
        # "expects comparable sales to fall 1% to 2%": after an outlook's infinitive, two percentages
        # joined by "to" are a range, not a change and where it ended.
        outlook = unit == "%" and bool(re.match(r"\s+to\s+[\d.]+\s?%", tail)) and bool(re.search(
            r"\bto\s+(?:fall|rise|grow|decline|increase|decrease|drop|climb|expand|shrink|contract)\s*$",
            shadow[max(0, start - 30):start], re.IGNORECASE))
        # "4% to 5%, up from 2% to 4%": after a range, what it moved from is the old range.
        # ("2.4% to 2.8% next year, up from 1.9% to 2.3%": the range's time may stand in between.)
        old_range = bool(re.search(r"\b(?:to|and)\s+[$€£]?\d[\d.,]*\s?(?:%|(?:million|billion|trillion)\b)?"
                                   r"(?:\s+(?:next|this|last)\s+year|\s+in\s+\d{4})?\s*,\s*"
                                   r"(?:up|down)\s+from\s*$", shadow[max(0, start - 60):start])
                         # "lowered its budget to $1.05 billion to $1.15 billion from $1.2 billion to $1.3 billion"
                         # (or "…, from $1.27 billion to $1.28 billion previously", after a comma)
                         or bool(_EN_RANGE_THEN_FROM_RE.search(shadow[max(0, start - 60):start])))
        if words and (words.group(1) == "to") != bool(re.search(r"\bbetween\s*$", lead_in, re.IGNORECASE)) \
                and (outlook or old_range or not EN_CHANGE_BEFORE_RE.search(lead_in)
                     or unit is None and not scale_word and _shared_unit_pair(base, tail)):
            rng = words
    if rng and arabic:
        # "between €2.1 billion and €2.3 billion": the currency may be written again.
        cur = (m.group("cur") or "").strip()
        # "$21 to $24" too, unless a change word in front makes it a change and where it ended.
        gap = rng.end() + (len(cur) if cur and rng.group().strip() in ("and", "to") and tail[rng.end():].startswith(cur)
                           else 0)
        if is_zh and (again := re.match(r"(?:人民币|人民幣|港币|港幣|美元)(?=\d)", tail[gap:])):
            gap += again.end()  # "港幣1.8億元至港幣2.2億元": the currency written again
        # "-5.8亿元到-4.5亿元": a range of two losses keeps the sign of its second end.
        second_negative = negative and tail[gap:gap + 1] in ("-", "−", "－") and tail[gap + 1:gap + 2].isdigit()
        if second_negative:
            gap += 1
        second = re.match(ARABIC, tail[gap:])
        if second:
            after_second = tail[gap + second.end():]
            scale2 = re.match(ZH_SCALE + "|" + EN_SCALE, after_second)
            extra = scale2.end() if scale2 else 0
            unit2, unit2_len = _unit_after(after_second[extra:], is_zh)
            if unit2 is None and gap > rng.end():
                unit2 = unit  # the currency written again in front
            second_value = float(second.group().replace(",", ""))
            dash = rng.group().strip() in ("-", "–", "—", "~")
            # "同比增长4.5%至851亿元": a change and the amount it reached, not a range.
            compatible = (unit is None or unit2 is None or unit == unit2) and not (
                unit is not None and unit2 is None and scale2)  # "增长2.9%至29.8亿"
            chained = re.match(r"\s?[-–—~]\s?\d", after_second[extra + unit2_len:]) or (
                is_zh and _change_then_level(shadow[max(0, start - 7):start], rng.group(), base, second_value, unit))
            if (dash and unit is None and unit2 is None and not scale_word and not scale2
                    and "." not in arabic + second.group() and (base >= second_value or _LOST_BEFORE_RE.search(
                        shadow[max(0, start - 24):start]))
                    and len(arabic) <= 3 and len(second.group()) <= 3):
                # "130-109", "4-3": a score, not a figure.
                return NumberMatch(start, end + gap + second.end(), None, None, None, "id")
            if compatible and not chained and (unit2 == unit or (unit is None and unit2 is not None) or scale2):
                scale_second = SCALE_VALUES.get(scale2.group().strip().lower(), 1.0) if scale2 else scale
                if not scale_word:
                    scale = scale_second
                low = (-base if negative else base) * scale
                high = (-second_value if second_negative else second_value) * scale_second
                if low > high and dash and not negative and (unit or unit2):
                    low, high = high, low  # "同比下降23%-18%" written from the larger end
                if low < high:
                    value = (low, high)
                    negative = False
                    unit = unit or unit2
                    end += gap + second.end() + extra + (unit2_len if unit2 else 0)
                    tail = shadow[end:]
                    if re.match(r"[A-Za-z]", tail[:1]):
                        return NumberMatch(m.start(), end, None, None, None, "id")  # "250-400g白卡纸": a grade
                    per = PER_UNIT_RE.match(tail) if unit2 else None  # "3万-4万美金/天"
                    if per and unit:
                        unit += per.group()
                        end += per.end()
                        tail = shadow[end:]
    if negative and isinstance(value, float):
        value = -value
    start_text = start
    approx = None
    before = shadow[max(0, start - (12 if is_zh else 24)):start]
    if unit is None and VIEW_COUNT_BEFORE_RE.search(before) or VIEW_COUNT_AFTER_RE.match(tail):
        return NumberMatch(start, end, None, None, None, "id")  # "阅读 12345": a page-view count
    if (unit is None and not scale_word and arabic and arabic.isdigit()
            and _MODEL_NAME_BEFORE_RE.search(shadow[max(0, start - 24):start])
            and not _LETTER_PREFIX_BEFORE_RE.search(shadow[max(0, start - 24):start])):
        return NumberMatch(start, end, None, None, None, "id")  # "Mate 70", "District 751": part of a name
    if unit is None and not scale_word and arabic and arabic.isdigit() and re.match(
            r"\s?(?:系列|芯片|处理器|机型|车型|型号|平台)", tail):
        return NumberMatch(start, end, None, None, None, "id")  # "麒麟9020芯片", "Nova 70系列": a model name
    if not is_zh and unit is None and not scale_word and arabic and not_a_quantity_en(shadow, start, tail, base):
        return NumberMatch(start, end, None, None, None, "id")
    if unit is None and re.fullmatch(r"[0-2]\d[0-5]\d", shadow[start:end]) and re.match(
            r"\s?(?:GMT|UTC|ET|EDT|EST|BST|CET|CEST|HKT|JST|SGT|AEST|AEDT|local\s+time|hrs|hours\s+GMT)\b", tail):
        return NumberMatch(start, end, None, None, None, "date")  # "by 0900 GMT": a time of day
    if is_sample_size(shadow, start, end, unit, is_zh):
        return NumberMatch(start, end, None, None, None, "id")  # "a survey of 2,500 lenders": who was asked
    if re.search(r"(?:\bplus\s+or\s+minus|\bgive\s+or\s+take|±|正负)\s*$", before, re.IGNORECASE):
        return NumberMatch(start, end, None, None, None, "id")  # "$2.15 billion, plus or minus $50 million": a margin
    if unit == "岁" and re.match(r"(?:及)?(?:以下|以上|之前|以前|之后|以后)", tail):
        return NumberMatch(start, end, None, None, None, "id")  # "3岁以下": an age bracket names a group
    if is_product_size(unit, tail, is_zh):
        return NumberMatch(start, end, None, None, None, "id")  # "12英寸晶圆厂": which line, not a result
    if is_zh and zh_not_a_quantity(shadow, start, unit, tail):
        return NumberMatch(start, end, None, None, None, "id")
    if is_zh and zh_paired_year(shadow, start, end, unit, bool(scale_word)):
        return NumberMatch(start, end, None, None, None, "date")  # "21和22Q1": a year of a note's shorthand
    if is_zh and zh_bare_name_number(shadow, start, end, unit, tail, bool(scale_word)):
        return NumberMatch(start, end - (unit in ("分", "成", "项", "批")), None, None, None, "id")  # "骁龙865", "03版": part of a name
    if not is_zh and unit in CURRENCY_UNITS.values() and (rough := re.match(r"-(something|odd|ish)\b", shadow[end:])):
        vague, end = rough.group(1), end + rough.end()  # "$16-something a pound", "40-odd": a rough amount, said so
    after_m = (APPROX_AFTER_ZH if is_zh else APPROX_AFTER_EN).match(tail)
    before_m = (APPROX_BEFORE_ZH if is_zh else APPROX_BEFORE_EN).search(before)
    if vague:
        approx = vague
    elif before_m and not (not is_zh and _EN_MOVED_UP_TO_RE.search(before)):
        approx = before_m.group(1).lower() if not is_zh else before_m.group(1)
    elif is_zh and (bound := re.search(r"((?:不得|不能|不应|不可)(?:超过|高于|低于|少于)|不超过|不高于|不低于|不少于)[^，,。；;\d]{1,10}的\s?$", before)):
        approx = bound.group(1)  # "减持不超过公司总股本的1%": the bound governs the share
    elif after_m:
        approx = after_m.group().strip()
        if is_zh:
            end += after_m.end()
        if approx in ("多", "余") and isinstance(value, float):  # "3倍多", "100万元余"
            value = (value, value + _vague_step(arabic, cn) * scale)
    if is_zh and approx and after_m and after_m.group() in ("左右", "上下") and approx != after_m.group():
        end += after_m.end()  # "宽约2米左右", "十几米左右": a second approximation after it is still the figure's
    # "up from about $60 million": the approximation stands between the base word and the number.
    base_before = before[:before_m.start()] if before_m else before
    # ("from a profit of $380 million", "compared with a loss of": the base named by its measure first.)
    baseline = bool(re.search(r"(?:\bfrom|由|从|\bcompared\s(?:to|with)|\bversus|\bvs\.?|(?:较|相比|相较于?|(?<![占对类无好])比)[^，,。；;\d]{0,12}的"
                              r"|\b(?:from|compared\s(?:to|with)|versus|vs\.?)\s+(?:an?\s+)?(?:[a-z][a-z\-]*\s+){1,3}of)\s*$",
                              base_before, re.IGNORECASE)
                    or not is_zh and EN_FROM_ESTIMATE_RE.search(shadow[max(0, start - 60):start]))
    return NumberMatch(start_text, end, value, unit, approx, "figure", is_baseline=baseline,
                  scale=scale if scale_word or scale != 1.0 else 1.0)


# "up from a previous forecast of $3.38 billion (to $3.43 billion)": the old estimate, a range
# whose both ends are where the change started ("up from a previous plan of $3 billion": the old plan).
EN_FROM_ESTIMATE_RE = re.compile(
    r"\bfrom\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:[A-Za-z-]+\s+){0,2}"
    r"(?:forecast|estimate|guidance|outlook|range|projection|target|view|plan|budget)s?\s+(?:of\s+)?$",
    re.IGNORECASE)


# A bare whole number right after a capitalised Latin word names a product, model or
# place ("Mate 70", "iPhone 16", "District 751", "S&P 500"); it measures nothing.
_MODEL_NAME_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Za-z&+]*|[a-z]+[A-Z][A-Za-z]*)\s?$")
_LETTER_PREFIX_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:PE|PB|PS|EPS|ROE|ROA|ROIC|CAGR|TTM|YoY|YOY|QoQ|QOQ|MoM|GDP|CPI|PPI|PMI"
                                      r"|RMB|USD|HKD|CNY|EUR|JPY|GBP|US|HK|No|NO|A|I|In|At|By|To|On|Of|For|About|Over|Nearly|Around|Some|Up|Down)\s?$")


# "edged up to 5.0%", "climbed up to": a verb moved the value there; it is no bound ("up to $500 million").
_EN_MOVED_UP_TO_RE = re.compile(
    r"\b(?:edg|tick|mov|inch|creep|crept|crawl|climb|rose|rise|jump|shot|went|go|come|came|push|revis|mark|bump"
    r"|ratchet|nudg|step)\w*\s+up\s+to\s+$", re.IGNORECASE)


def _vague_lead(shadow: str, m: re.Match[str]) -> NumberMatch | None:
    """"几十块", "数十万亿", "上百家": a vague count whose first word is part of the number."""
    digit, scale_word = m.group("digit"), m.group("scale") or ""
    if not (digit or scale_word):
        return None
    tail = shadow[m.end():]
    if digit == "百" and not scale_word and tail.startswith(("分点", "分之", "分比")):
        return None  # "上百分点" is not 上百
    unit, unit_len = _unit_after(tail, True)
    if unit is None and not scale_word:
        return None  # "数十", "上百" alone say nothing measurable
    end = m.end() + unit_len
    if unit is not None:
        per = PER_UNIT_RE.match(shadow, end)
        if per:
            unit += per.group()
            end = per.end()
    base = VAGUE_DIGITS.get(digit, 1.0) * SCALE_VALUES.get(scale_word, 1.0)
    lead = m.group("lead")
    value: float | tuple[float, float] = base if lead == "上" else (base, base * 10)
    return NumberMatch(m.start(), end, value, unit, lead, "figure", scale=base)


def _unit_after(tail: str, is_zh: bool, number: str = "") -> tuple[str | None, int]:
    skip = 1 if tail[:1] == " " and is_zh else 0  # "11.17 亿元" in research notes
    zh = ZH_UNIT_RE.match(tail, skip)
    if zh:  # ("YoY-0.26 个 pct": points, not a count of 个)
        points = zh.group() == "个" and re.match(r"\s?(?:pcts?|PCTs?|ppts?)(?![A-Za-z])", tail[zh.end():])
        return ("pct", zh.end() + points.end()) if points else (zh.group(), zh.end())
    if tail.startswith("%"):
        return "%", 1
    if not is_zh or tail[:1].isascii():
        m = EN_UNIT_RE.match(tail)
        if m:
            return EN_UNIT_CANON[m.group(1)], m.end()
        if not is_zh and number and number not in VIDEO_LINES and PENCE_RE.match(tail):
            return "pence", 1
    return None, 0
