"""How a key figure's amount reads when it is shown on its own (CLI, chat, digests).

Kept apart from `bot.render.text` so the CLI can use it without loading the bot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.direction_words import DIRECTION_WORDS, says_direction
from bot.langs import is_chinese, to_hant, ui_word
from summarizer import Figure
from summarizer.figure_second_look import shown_text
from summarizer.traditional import is_traditional, to_simplified

__all__ = ["direction_note", "outlook_note", "shown_amount", "years_span"]

# "a 25 basis point cut", "a 50-basis-point hike": as an amount on its own the unit is plural.
_SINGULAR_POINTS_RE = re.compile(r"(?i)^(.*\d)[\s-]+(basis|percentage)[\s-]point$")
# Vague markers already inside the figure's text ("十几", "一百多") are not repeated in front.
_INSIDE_APPROX = ("多", "几", "余", "数", "上")


def shown_period(figure: Figure) -> str:
    """The figure's period as its text writes it: the analysis keeps periods in simplified characters, to
    be compared by code, and "（下降，同比，报告期内）" beside a traditional line ("報告期內") mixed two scripts."""
    period = (figure.period or "").strip()
    return to_hant(period) if period and is_traditional(figure.context or "") else period


def shown_amount(figure: Figure, lang: str) -> str:
    """The figure as written, with its approximation ("近80%", "about 30%") in front, and a
    unit written as a modifier ("25 basis point cut") in its plural ("25 basis points")."""
    text = shown_text(figure)  # "21.5/27.8/34.2亿元": 21.5亿元, not a bare 21.5; "between 9% and 11%"
    singular = _SINGULAR_POINTS_RE.match(text)
    if singular and figure.value != 1.0:
        text = f"{singular.group(1)} {singular.group(2)} points"
    approx = figure.approx
    if approx and approx not in figure.text and to_simplified(approx) not in _INSIDE_APPROX:
        if _APPROX_AFTER.match(approx):  # "$250 million or more", "40-plus", "100+"
            return f"{text}{'' if approx[:1] in '-+' else ' '}{approx.strip()}"
        return f"{approx}{'' if is_chinese(lang) else ' '}{text}"
    return text


_APPROX_AFTER = re.compile(r"^\s?(?:or more|or so|or higher|or less|-plus|\+)$", re.IGNORECASE)


# A figure that is not a result says so, unless the words shown already do.
_OUTLOOK_WORDS = {
    "zh": {"forecast": "预计", "estimate": "市场预期"},
    "en": {"forecast": "forecast", "estimate": "analysts' estimate"},
}
_OUTLOOK_SAID = re.compile(r"预计|预测|预期|有望|目标|指引|展望|forecast|expect|estimate|guidance|outlook|consensus|target",
                           re.IGNORECASE)


def outlook_note(figure: Figure, lang: str, shown: str) -> str | None:
    """"预计" / "forecast" for an outlook, "市场预期" / "analysts' estimate" for what others expected;
    None for a result, or when `shown` (the words on the line) already says it."""
    kind = figure.estimate
    if not kind or _OUTLOOK_SAID.search(to_simplified(shown)):  # a traditional 預計 says 预计
        return None
    word = _OUTLOOK_WORDS["zh" if is_chinese(lang) else "en"].get(kind)
    return ui_word(word, lang) if word else None


# The words that already say what a change is measured against (matched in simplified
# characters: Taiwan's 年增 / 年減 and 月增 / 季減 are 同比 and 环比; "11月增长", "本季增长"
# and "全年增长" name a period, not a basis).
_NOT_A_DATE = r"(?<![\d一二三四五六七八九十〇本该当这每单全前后上下首末去今明])"
_BASIS_SAID = {
    "同比": re.compile(rf"同比|同增|同降|同减|YoY|较(?:上|去)年|比(?:上|去)年|{_NOT_A_DATE}年[增减]", re.IGNORECASE),
    "环比": re.compile(rf"环比|环增|环降|QoQ|MoM|较上(?:月|一?季度?)|比上(?:月|一?季度?)|{_NOT_A_DATE}[月季][增减]",
                     re.IGNORECASE),
    "year on year": re.compile(r"year[-\s](?:on|over)[-\s]year|\by/y\b|\byoy\b|a year (?:earlier|ago)", re.IGNORECASE),
    "quarter on quarter": re.compile(r"quarter[-\s](?:on|over)[-\s]quarter|\bq/q\b|\bqoq\b|previous quarter",
                                     re.IGNORECASE),
    "month on month": re.compile(r"month[-\s](?:on|over)[-\s]month|\bm/m\b|\bmom\b|previous month", re.IGNORECASE),
    "sequential": re.compile(r"sequential", re.IGNORECASE),
}


def direction_note(figure: Figure, lang: str, shown: str) -> str:
    """"（上升）" / " (down)" when the shown words do not already say whether the figure rose,
    fell or is a loss (an English line shows the subject and the amount only: "revenue: 21%"
    said neither, while a Chinese clause "同比增长23%" says it itself; `newsbrief summarize`
    always said it), and "（环比）" when they do not say what a change is measured against
    (a 环比 rise shown bare reads like the year-on-year one)."""
    change = figure.change
    words = DIRECTION_WORDS["zh" if is_chinese(lang) else "en"]
    notes = []
    said_in = to_simplified(shown)  # a traditional article's 減少 says 减少
    outlook = outlook_note(figure, lang, shown)
    if outlook:
        notes.append(outlook)  # "预计" / "forecast": an outlook is no result
    if change in ("up", "down", "loss") and not says_direction(change, said_in):
        notes.append(ui_word(words[change], lang))
    basis = figure.basis
    said = _BASIS_SAID.get(to_simplified(basis or ""))
    if basis and not (said.search(said_in) if said else to_simplified(basis) in said_in):
        notes.append(ui_word(basis, lang))
    if not notes:
        return ""
    return f"（{'，'.join(notes)}）" if is_chinese(lang) else f" ({', '.join(notes)})"


def years_span(figures: Sequence[Figure], shown: str) -> str | None:
    """"2025–2027年" for a line whose figures are one year each, in order, of consecutive years the line
    does not write itself: "归母净利润为13/16/19亿元（预计）" of a forecast table whose years its first row
    named. None for anything else (a line of one period says it on its own)."""
    years = [re.fullmatch(r"((?:19|20)?\d{2})\s?年", (f.period or "").strip()) for f in figures]
    if len(years) < 2 or not all(years):
        return None
    values = [int(y.group(1)) for y in years]
    if values != list(range(values[0], values[0] + len(values))) or re.search(r"(?:19|20)?\d{2}\s?年", shown):
        return None
    return f"{years[0].group(1)}–{years[-1].group(1)}年"
