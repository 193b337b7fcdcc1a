"""English lines that stand beside the news: the background of a release and the view an
analysis argues against.

- A press release explains the condition or the problem its product addresses ("Sepsis is a
  leading cause of death in U.S. hospitals, responsible for about 350,000 deaths each year.",
  "Atopic dermatitis affects up to 10% of adults."). The line carries a figure and reads like
  a result, yet it is true of the world before the news and after it: background (`states_background`).
- An analysis or a feature sets up the view it is about to answer ("Optimists point to the 2019
  cycle, …", "Bulls argue that …"): the opposite of the writer's point (`cites_other_view`).

Both give way to the lines that state the news (summarizer.roles). Every rule reads the line's
own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["cites_other_view", "states_background"]

# "X is a leading cause of …", "X remains one of the most common forms of …", "X is the main
# source of …": what the condition is, not what happened.
_BACKGROUND_EN = re.compile(
    r"^(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)(?:\s[\w'’()-]+){0,5}\s(?:is|are|remains?)\s(?:still\s)?"
    r"(?:a|an|the|one of the)\s(?:leading|major|common|most common|primary|main|chief|top|frequent|serious)\s"
    r"(?:causes?|sources?|forms?|types?|drivers?|reasons?|killers?)\sof\b"
    # "X affects up to 10% of adults", "X affects more than 30 million Americans"
    r"|^[A-Z][\w'’-]*(?:\s[\w'’()-]+){0,5}\s(?:affects|afflicts|impacts)\s(?:up to|about|around|nearly|"
    r"more than|an estimated|approximately|some)\s[\d.,]+",
)
# "Optimists point to …", "Bulls argue that …", "Supporters of the plan say …": the other view.
_OTHER_VIEW_EN = re.compile(
    r"^(?:Optimists|Bulls|Boosters|Enthusiasts|Believers|Cheerleaders|Proponents|Supporters|Advocates|Defenders)"
    r"(?:\sof\s[^,;.]{1,40})?\s(?:point to|argue|say|insist|contend|believe|note|counter|hope)\b"
)


def states_background(text: str, lang: str) -> bool:
    """An English line that says what the condition or problem behind the news is ("X is a
    leading cause of …", "X affects up to 10% of adults")."""
    return lang == "en" and bool(_BACKGROUND_EN.match(text.strip()))


def cites_other_view(text: str, lang: str) -> bool:
    """An English line that sets up the view the writer answers ("Optimists point to …")."""
    return lang == "en" and bool(_OTHER_VIEW_EN.match(text.strip().lstrip("\"“‘'")))
