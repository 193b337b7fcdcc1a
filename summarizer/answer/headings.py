"""A sentence that opens with a heading of its own is about that heading's topic.

Brokerage notes list their points as "1）电解铜产量大幅增长：…", "3）前驱体产销大幅增长：…毛利率为14%"; news
writes "储能方面，…". The figures of such a sentence are its topic's: "钴产品毛利率" is not answered by the
precursor's 毛利率为14% because the sentence before spoke of cobalt.
"""

from __future__ import annotations

import re

__all__ = ["own_topic"]

_HEADING = re.compile(r"^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）、.．]\s*)(?P<topic>[^：:。；;]{2,24})[：:]"
                      r"|^\s*(?P<side>[^，,：:。；;]{2,12})方面[，,：:]")


def own_topic(sentence: str) -> str | None:
    """The heading the sentence opens with ("前驱体产销大幅增长", "储能"), if any."""
    m = _HEADING.match(sentence)
    if not m:
        return None
    return m.group("topic") or m.group("side")
