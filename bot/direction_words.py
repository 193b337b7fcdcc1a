"""The words that say whether a key figure rose, fell or is a loss, and those that already say it
in a shown clause: one list for the chat's figure lines (`bot.render.figures`) and the digest's top
figure (`bot.core.digest_compose`), which kept copies that drifted apart. Outside `bot.render`
because the core may not import the renderer."""

from __future__ import annotations

import re

from summarizer.traditional import to_simplified

__all__ = ["DIRECTION_WORDS", "says_direction"]

# How a direction reads when the shown words do not say it.
DIRECTION_WORDS = {
    "zh": {"up": "上升", "down": "下降", "loss": "亏损"},
    "en": {"up": "up", "down": "down", "loss": "loss"},
}
_DIRECTION_SAID = {
    "up": re.compile(r"增|升|涨|提|高|扩|\+|\b(?:up|rose|rise|rising|grew|grow|gain|increase|jump|climb|surge|soar|higher|raise"
                     r"|widen|expand)",
                     re.IGNORECASE),
    "down": re.compile(r"降|减|跌|落|滑|缩|收窄|下行|下调|衰退|[-−]|\b(?:down|fell|fall|declin|drop|decreas|lower|cut|shr[ai]nk|slid|sank"
                       r"|narrow|contract|slump|plung|tumbl)",
                       re.IGNORECASE),
    "loss": re.compile(r"亏|\b(?:loss|losses|lost)\b", re.IGNORECASE),
}


def says_direction(change: str | None, shown: str) -> bool:
    """Whether the shown words already say that the figure rose, fell or is a loss ("营收增长23%",
    "margin narrowed to 12.9%"), so that no note repeats it."""
    said = _DIRECTION_SAID.get(change or "")
    return bool(said and said.search(to_simplified(shown)))  # a traditional 減少 says 减少
