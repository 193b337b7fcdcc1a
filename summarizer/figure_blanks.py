"""What is left out of a figure's subject: the dates and ids of its sentence, unless they are part of a name.

A subject is read from the words before a figure; a year, a stock code or a URL between them
names nothing and is blanked. Some numbers that are not figures still belong to the words:
a bond's tenor ("10年期国债"), a ranking's size ("500强企业", "TOP100房企"), a code that is
part of a name ("5G套餐用户", "启明S7", "沪深300市盈率", "tier 1 ratio") and the share base of
a payout ("每10股派发现金红利3元": without 每10股 the payout reads as the total).
"""

from __future__ import annotations

import re

from summarizer.figure_numbers import NumberMatch
from summarizer.figure_sizes import names_product


def subject_blanks(shadow: str, matches: list[NumberMatch]) -> list[tuple[int, int, str]]:
    """The spans of `shadow` (dates and ids that name nothing) to leave out of subjects."""
    blanks = [(m.start, m.end, "") for m in matches
              if m.kind != "figure" and not shadow[m.start:m.end + 1].endswith("年期")  # ("十年期": 期 after the span)
              and not shadow[m.start:m.end].endswith("年期")
              and not _EN_TENOR_RE.match(shadow, m.start) and not _ZH_TENOR_RE.match(shadow, m.start)
              and shadow[m.end:m.end + 1] != "强" and not re.fullmatch(r"(?i)top\s?\d+", shadow[m.start:m.end])
              and not _part_of_name(shadow, m) and not _share_base(shadow, m)
              and not names_product(shadow, m.start, m.end, _is_chinese_at(shadow, m.end))]
    # "不低于3亿元（含）、不超过5亿元（含）": a note that a bound is inclusive names nothing.
    blanks += [(m.start(), m.end(), "") for m in re.finditer(r"[（(]\s*(?:含|不含)\s*[)）]", shadow)]
    blanks += [(m.start(), m.end(), "") for m in _WINDOW_RE.finditer(shadow)]
    # "公司2018年和2019年一季度毛利率分别为…": the 和 between two dates left out goes with them ("公司和毛利率").
    dates = sorted((start, end) for start, end, _ in blanks)
    blanks += [(end, start, "") for (_, end), (start, _) in zip(dates, dates[1:])
               if _DATE_JOINER_RE.fullmatch(shadow, end, start)]
    return blanks


_DATE_JOINER_RE = re.compile(r"\s?(?:和|、|及|与)\s?")


# "自本公告披露之日起15个交易日后的3个月内", "在未来6个月内": when a plan may be carried out is
# no part of what it measures ("日起后的内…减持本公司股份" was left of it).
_WINDOW_RE = re.compile(r"(?:自|从)[^，,；;。]{0,24}?之?日起(?:[^，,；;。]{0,16}?后的?)?(?:[^，,；;。]{0,10}?内)?"
                        r"|(?:在)?未来\s?\d+\s?个?(?:月|年|日|天|交易日)(?:内|里)")


def _is_chinese_at(shadow: str, end: int) -> bool:
    return bool(re.match(r"\s?[\u4e00-\u9fff]", shadow[end:end + 2]))


def _share_base(shadow: str, match: NumberMatch) -> bool:
    """"每10股": what a payout or a bonus issue is per."""
    return shadow[max(0, match.start - 1):match.start] == "每" and shadow[match.end - 1:match.end] == "股"


# "7天Shibor报1.786%", "3个月期同业存单", "14天逆回购": a rate's or a loan's tenor is part of its name (without it
# "Shibor：1.786%" reads as the overnight rate quoted beside it).
_ZH_TENOR_RE = re.compile(r"\d{1,2}\s?(?:天|日|个月|周|年)期?\s?(?:Shibor|SHIBOR|shibor|Hibor|HIBOR|LPR|Libor|LIBOR|DR|逆回购|回购"
                          r"|国债|国开债|同业存单|存单|存款|贷款|定存|MLF)")
# "the 10-year Treasury note", "the 30-year fixed mortgage rate": a tenor is part of the name.
_EN_TENOR_RE = re.compile(r"\d{1,2}-(?:year|month|week)\s(?!(?:low|high|period|span|stretch|run|history|record)\b)[A-Za-z]")


_NAME_CODE_RE = re.compile(r"[A-Za-z]{0,6}\d{1,4}[A-Za-z]{0,4}")


def _part_of_name(shadow: str, match: NumberMatch) -> bool:
    """A short code joined to the words of a name: "5G", "S7", "CET1", "沪深300", "tier 1".

    Such a code tells one thing from another (5G from 4G users, the S7 from the S9),
    so a subject without it names something else. Dates, ordinals ("第2"), URLs and
    stock codes in brackets stand apart from the words around them and stay out.
    """
    if match.kind != "id":
        return False
    code = shadow[match.start:match.end]
    if not _NAME_CODE_RE.fullmatch(code):
        return False
    before = shadow[max(0, match.start - 2):match.start]
    after = shadow[match.end:match.end + 2]
    glued_before = bool(re.search(r"(?:[A-Za-z\u4e00-\u9fff]|[A-Za-z] )$", before)) and not before.endswith("第")
    glued_after = bool(re.match(r"[A-Za-z\u4e00-\u9fff]| [A-Za-z]", after))
    # "沪深300市盈率", "tier 1 ratio": digits alone belong to a name only inside it; a code
    # that opens the clause ("280Ah磷酸铁锂电芯") is a specification, not a name's part.
    if code.isdigit() and len(code) == 1 and re.match(r"[处个家只种项条位名台部辆大次届期批类款]", after):
        return False  # "现有2处水源地", "7大产品": a count, not a name
    # "9月末，M2余额为…": a code led by letters names a thing even where it opens the clause.
    if re.match(r"[万亿千百元%]", after):
        return False  # "EBITDA961亿元": an amount glued to a name, not a code that is part of it
    opens = not before.strip() or before.strip()[-1] in "，,；;。：:"
    # ("其中，5G移动电话用户达…": a generation's code, a digit and one capital, opens a name too.)
    glued_before = glued_before or ((code[:1].isalpha() or re.fullmatch(r"\d[A-Z]", code) is not None)
                                    and opens and re.match(r"[\u4e00-\u9fff]", after) is not None)
    return glued_before and (glued_after or not code.isdigit())
