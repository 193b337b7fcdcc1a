"""An officer quoted saying "we" speaks for the company the article is about.

""We are adding capacity in Malaysia," Chief Executive Officer Laura Brenner said" answers "Where is Northgate
adding capacity?" in a story about Northgate: the name in the sentence is the company's officer, not
someone else, and "we" is the company. A name without an officer's title, or a quote without "we"/"our"
(我们/公司), is still someone else's.
"""

from __future__ import annotations

import re

__all__ = ["officer_speaks_for_company"]

_WE = re.compile(r"\b(?:we|our|us)\b|我们|本公司|公司", re.IGNORECASE)
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”')
_OFFICER = re.compile(r"\b(?:chief executive(?: officer)?|chief financial officer|chief operating officer|ceo|cfo|coo|"
                      r"president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|founder)\b"
                      r"|董事长|总裁|总经理|首席执行官|首席财务官|财务总监|发言人|创始人", re.IGNORECASE)


def officer_speaks_for_company(sentence: str, claimed: list[tuple[int, int, str]]) -> bool:
    """Does an officer's title stand outside the quote, "we"/"our" inside it, and is every name the
    sentence gives outside the quote that officer's (right after or right before the title)? A rival's
    name beside it ("Kestrel's chief executive said") keeps the sentence someone else's."""
    quoted = [m.span() for m in _QUOTED.finditer(sentence)]
    if not any(_WE.search(sentence[a:b]) for a, b in quoted):
        return False
    titles = [m.span() for m in _OFFICER.finditer(sentence) if not any(a <= m.start() < b for a, b in quoted)]
    if not titles:
        return False
    for start, end, _ in claimed:
        if any(a <= start < b for a, b in quoted):
            continue
        # The officer: a name holding the title ("Chief Executive Officer Laura Brenner"), right after it, or
        # before it with a comma ("Laura Brenner, chief executive"); "Kestrel chief executive" is the title's company.
        if not any(start <= s < end or e <= start and _GAP.fullmatch(sentence[e:start])
                   or end <= s and _GAP.fullmatch(sentence[end:s]) and re.search(r"[,，]", sentence[end:s])
                   for s, e in titles):
            return False
    return True


_GAP = re.compile(r"[\s,，:：、]*(?:the|is|was)?[\s,，:：、]*")
