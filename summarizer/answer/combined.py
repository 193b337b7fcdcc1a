"""The company a merger makes is neither of the companies that merge.

"The combined company will have annual sales of about $9.5 billion" answered "What are Alder's annual
sales?" because Alder was named in the article: the figure is the merged group's, a company that does not
exist yet. A figure of the combined entity answers only a question that asks about it.
"""

from __future__ import annotations

import re

__all__ = ["asks_combined", "of_combined"]

_COMBINED_EN = re.compile(
    r"\b(?:the\s+)?(?:combined|merged|enlarged|new(?:ly)?[- ](?:merged|combined|formed))\s+(?:company|companies|group|"
    r"entity|business|firm|bank|carrier|operator)\b|\bpro[- ]forma\b|\bon a combined basis\b", re.IGNORECASE)
# "Ashgrove is one of 30 plants announced … Together they were meant to give the country 1,000 GWh": the group's.
_GROUP_EN = re.compile(r"^\s*(?:together|combined|collectively|altogether|all told|in total)\s*,?\s+(?:they|these|those|the)\b"
                       r"|^\s*(?:they|these|those)\s+(?:\w+\s+){0,2}(?:together|combined|collectively)\b", re.IGNORECASE)
_COMBINED_ZH = re.compile(r"合并后(?:的)?(?:新)?(?:公司|集团|企业|实体|银行)?|合并完成后|重组后的?新?(?:公司|集团)|两家公司合计|新公司")
_ASKED = re.compile(r"\b(?:combined|merged|enlarged|pro[- ]forma|new company|together|collectively|in total)\b|合并后|合并完成后|新公司|合计|重组后",
                    re.IGNORECASE)


def of_combined(sentence: str, at: int) -> bool:
    """Whether the figure at `at` belongs to a combined entity named before it in its clause."""
    clause = re.split(r"[。；;!?！？]|(?<=[a-z0-9])\.\s", sentence[:at])[-1]
    return bool(_COMBINED_EN.search(clause) or _COMBINED_ZH.search(clause) or _GROUP_EN.match(sentence))


def asks_combined(question: str) -> bool:
    return bool(_ASKED.search(question))
