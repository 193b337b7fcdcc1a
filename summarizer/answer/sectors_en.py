"""An industry that opens an English clause as the one that hired or cut ("Healthcare added 41,000 jobs in
October") states that industry's part, not the whole economy's: "How many jobs were added in October?" was
answered with healthcare's 41,000 beside the report's total. A question naming the industry is answered by it."""

from __future__ import annotations

import re

__all__ = ["sector_part_ok"]

_SECTOR = (r"health ?care|manufacturing|manufacturers|construction|retail|retailers|retail trade|leisure and hospitality"
           r"|hospitality|government|federal government|transportation(?: and warehousing)?|utilities|mining"
           r"|financial activities|professional and business services|education|information|wholesale trade|factories"
           r"|restaurants(?: and bars)?|hotels|the private sector|private employers|public sector")
# The clause of the number opens with the industry, then (optionally "sector", "employers") the hiring verb.
_SECTOR_CLAUSE = re.compile(rf"(?:^|[;,.]\s+|\bwhile\s+|\band\s+|\bbut\s+)(?:the\s+)?(?P<sector>{_SECTOR})"
                            r"(?:\s+(?:sector|industry|employers|companies|payrolls))?\s+(?:added|shed|lost|cut|gained|created"
                            r"|hired|eliminated|contributed)\b[^;,.]{0,24}$")


def sector_part_ok(question: str, sentence: str, at: int) -> bool:
    """False when the number at `at` of folded `sentence` is an industry's jobs and folded `question` names none."""
    found = _SECTOR_CLAUSE.search(sentence[:at])
    return not found or found.group("sector").replace(" ", "") in question.replace(" ", "")
