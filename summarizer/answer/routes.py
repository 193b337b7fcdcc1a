"""A route asked ("上海至美西运价", "上海到欧洲航线运费"): the subject is the route between two places, never
its first place. Read as 上海 alone, "上海至美西运价周涨多少" was answered by the Shanghai freight index's move."""

from __future__ import annotations

import re

from summarizer.answer.named_here import NamedHere
from summarizer.answer.text import pos_cut

__all__ = ["Route", "route_asked"]

# Two places joined by 至/到/-, then what a route has (运价, 航线, 基本港…).
_ROUTE = re.compile(r"^(?:请问)?([\u4e00-\u9fff]{2,4}?)(至|到|-|－|—)([\u4e00-\u9fff]{2,4}?)"
                    r"(?=航线|线路|基本港|港口?|运价|运费|航班|航段|海运|空运|铁路|高铁|集装箱|干散货|的)")


class Route(NamedHere):
    """A route: named only where a sentence itself names it (the article's other lines are about other routes
    or the whole market)."""

    __slots__ = ()


def _place(word: str) -> bool:
    """Place words only ("美东" is cut 美/东, both places; a foreign port may be tagged as a name: 鹿特丹)."""
    cut = list(pos_cut(word))
    return bool(cut) and cut[0].flag.startswith("ns") and all(p.flag.startswith(("ns", "nr")) for p in cut)


def route_asked(folded: str) -> NamedHere | None:
    """The route a Chinese question opens with, written every way an article joins its two ends."""
    found = _ROUTE.match(folded)
    if not found or not (_place(found.group(1)) and _place(found.group(3))):
        return None
    start, end = found.group(1), found.group(3)
    spellings = tuple(f"{start}{joint}{end}" for joint in (found.group(2), "至", "到", "-", "—"))
    spellings = tuple(dict.fromkeys(spellings))
    return Route(spellings[0], spellings, (), sure=True)
