"""Bare whole numbers in Chinese text that are names, not figures.

A Chinese figure carries its unit ("103亿个", "1770平方千米", "43幅") or stands after a word that
says it is a reading ("报3012", "接近21", "正70"). A whole number with neither is, in real news,
almost always part of a name: a chip or a car ("骁龙865", "麒麟990", "坦克300"), a road ("106国道"),
a page ("03版"), a liquor line ("青花20"), a century ("21世纪"), a shopping day ("315营销季") or a
cell of a flattened table. Shown as a key figure it reads as an amount of nothing, so it is left out:
a doubtful figure dropped is better than one shown wrong. Kept apart from
`summarizer.figure_numbers`, which finds the numbers, so each stays readable.
"""

from __future__ import annotations

import re

__all__ = ["zh_bare_name_number", "zh_paired_year"]

# What a counted thing is called right after its number when the unit list does not know it
# ("1266口", "263处", "12届", "400 余台", "150+家", "（1500）万元", "140字"): the number counts something.
_COUNTED_AFTER_RE = re.compile(
    r"\s?[)）]?\s?[+＋]?\s?(?:余|多)?\s?(?:[%％万亿千百]|左右|上下|以上|以下|附近|平方千米|平方公里|平方米|公里|千米|公分|厘米|毫米|米|城|口|处|幅|本|届|台|家|辆|个|款|层|字|项|条|所|座|名"
    r"|位|只|件|套|张|份|架|艘|部|种|类|批|次|场|篇|枚|颗|棵|头|匹|户|栋|间|亩|吨|斤|克|人|例|起|票|元|倍|点|天|年|月|周)")
# A word that says the number after it is a level or a count read off ("沪指报3012", "PSY接近21",
# "高于12月的正70", "共计128").
_READING_BEFORE_RE = re.compile(
    r"(?:报|收于|收报|接近|正|负|达到?|为|是|至|到|超过?|突破|破|逾|约|近|共|计|合计|累计|总计|仅|只有|增至|降至|升至|跌至|录得)\s?$")

# A member of a list whose unit is written once, at its end ("PE为35/23/17倍", "分别收入163、60、26亿元"):
# the unit is given to every member later, so a member is a figure.
_LIST_AFTER_RE = re.compile(r"\s?[/／、,，和及与~～-]\s?[-+]?\.?\d")
_LIST_BEFORE_RE = re.compile(r"\d[%％倍元]?\s?[/／、,，和及与~～-]\s?[-+]?$")

# A period joined to a bare two-digit number ("21和22Q1", "21、22年", "21/22H1"): the number is a year
# of a research note's shorthand ("21年" for 2021), listed with the period after it.
# ("19/20/21年PE14.2/10.1/9.7倍": the first of three years listed is a year too.)
_YEAR_PAIRED_RE = re.compile(r"(?:\s?(?:和|及|与|、|/|／|-|~|～|至)\s?(?:19|20)?\d{2}){1,4}\s?(?:年|Q[1-4]|H[12]|[AE](?![A-Za-z]))")


def zh_paired_year(shadow: str, start: int, end: int, unit: str | None, scaled: bool) -> bool:
    """"21和22Q1分别实现业务量…": a bare two-digit number listed with a period is a year, no count."""
    return unit is None and not scaled and re.fullmatch(r"\d{2}|(?:19|20)\d{2}", shadow[start:end]) is not None \
        and _YEAR_PAIRED_RE.match(shadow, end) is not None


def zh_bare_name_number(shadow: str, start: int, end: int, unit: str | None, tail: str,
                        scaled: bool) -> bool:
    """True when the number at shadow[start:end] is part of a name ("骁龙865", "03版"), not a
    figure: a whole number with no unit, no scale word, nothing after it that it counts and no
    word before it that reads it off as a level. Also "麒麟980分别…": 分 of 分别 ("each") is no
    unit (points or minutes) of the number before it, nor 成 of 成了 ("became") a tenth."""
    if unit == "分" and tail[:1] == "别" or unit == "成" and tail[:1] in "了为功":
        return True  # ("麒麟990成了…": 成 of 成了 "became", no tenth)
    if unit == "项" and tail[:1] == "目" or unit == "批" and tail[:1] in "价发零":
        return True  # "250万吨/年-5项目", "青花20批价": 项目, 批价 ("wholesale price") are words, the number a name's
    if unit is None and not scaled and re.fullmatch(r"\d\.0", shadow[start:end]) and re.search(
            r"[\u4e00-\u9fffA-Za-z]\s?$", shadow[max(0, start - 2):start]) and not _READING_BEFORE_RE.search(
            shadow[max(0, start - 4):start]):
        return True  # "门店4.0", "工业4.0": a version in a name
    if unit is not None or scaled or not re.fullmatch(r"\d+", shadow[start:end]):
        return False
    if _COUNTED_AFTER_RE.match(tail) or _LIST_AFTER_RE.match(tail) or _LIST_BEFORE_RE.search(
            shadow[max(0, start - 12):start]):
        return False
    return not _READING_BEFORE_RE.search(shadow[max(0, start - 4):start])
