"""The next step of a story: what happens to the decision, the ruling or the deal now.

A ruling is appealed ("对判决结果不服，将在法定期限内提起上诉", "Corvex said it would appeal",
"would ask the judge to set aside the verdict"), a trial's results go to the regulator ("plans to submit a
Biologics License Application"),
a deal closes ("The deal … is expected to close in the second quarter of 2026"), trading in a
company's shares stops or resumes ("公司股票将于12月12日开市起复牌"), a decision applies from a date
("股票将于12月8日起被实施其他风险警示", "将于本月下旬起分三批发放消费券": 6 of the 7 such lines on the
key-point sets carry a main point), and the writer may mark the step as next ("下一步，…将…"). Such a line states no
result and often no figure, and it comes late in the story, so it ranked with background; yet
a reader of a court, penalty or deal story wants it next, right after the decision itself: on
the hand-labelled main-point sets, 9 of the 14 such sentences in the texts labelled before this
rule carry a main point (3.5 times the rate of other sentences), and the summary showed 2.
summarizer.roles gives it a result's value and half again (NEXT_STEP_BONUS): a late line needs
that much to pass the background near the lead.

The rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["states_next_step"]

# "上诉期", "上诉人" name the appeal's period or party, not an appeal to come.
_NEXT_STEP_ZH = re.compile(
    r"(?:将|拟|决定|已|准备)[^，。；]{0,12}(?:提起|提出)?上诉(?![期人])|不服[^。；]{0,20}上诉(?![期人])"
    r"|(?:开市起|起)(?:复牌|停牌)|(?:股票|证券|交易)[^，。；]{0,10}(?:复牌|停牌)|开市起暂停[^，。；]{0,16}交易"
    # the date from which a decision applies ("股票将于12月8日起被实施其他风险警示", "将于本月下旬起分三批发放"),
    # and the step the writer marks as next ("下一步，中心将逐步建立…")
    r"|(?:将|拟)(?:于|从|自)[^，。；]{1,16}起(?![诉草步来点伏因到])|^[^，。；]{0,12}下一步[，,]"
)
_NEXT_STEP_EN = re.compile(
    r"\b(?:would|will|plans? to|intends? to|is to|said it would) (?:(?:consider|weigh) (?:an? )?)?appeal\b"
    # "would ask the judge to set aside the verdict and, if necessary, appeal to …"
    r"|\b(?:would|will|plans? to|intends? to)\s(?:ask|move|seek)\s[^.;]{0,30}?\b(?:set aside|overturn|throw out|"
    r"reverse)\b|\bif necessary, appeal\b"
    # after a trial's results, the filing for approval: "plans to submit a Biologics License Application"
    r"|\b(?:submit|file|filing|submission of)\s(?:an?\s|its\s)?(?:Biologics License Application|New Drug Application|"
    r"BLA|NDA|marketing authori[sz]ation application)\b|\bfile for (?:regulatory |marketing )?approval\b"
    r"|\b(?:is|are) expected to (?:close|complete|be completed)\b"
    r"|\b(?:trading|shares?) (?:will|would) (?:resume|be suspended|be halted)\b"
    # a launch's: when the product reaches buyers ("is set to go on sale in the US in late January",
    # "will hit stores on March 3", "will begin shipping in April")
    r"|\b(?:will|would|is set to|are set to|is due to|are due to|is expected to|are expected to|plans? to)\s"
    r"(?:go on sale|hit (?:stores|shelves|showrooms)|(?:begin|start) (?:shipping|deliveries|selling))\b",
    re.IGNORECASE,
)


def states_next_step(text: str, lang: str) -> bool:
    """A line that says what happens next to the news: an appeal, a deal's closing, a halt or
    resumption of trading."""
    return bool((_NEXT_STEP_ZH if lang == "zh" else _NEXT_STEP_EN).search(text))
