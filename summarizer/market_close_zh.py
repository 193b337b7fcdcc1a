"""A Chinese market wrap's close: the day's result, told last.

A 收评 flash tells the trading day in order ("2月9日消息，三大指数早间震荡反弹，…", "板块方面，…", "午后指数继续走强，…")
and ends with the close: "截至收盘，沪指涨0.79%，深证成指涨1.55%，创业板指涨1.3%。". The close is what the day came to,
and the reader's first point (both such flashes of the key-point sets label it first; the corpus references open
on it: "收评：三大指数午后继续走强创指涨1.3%"), but as the last line, naming the indices the other lines name in
words, it had the lowest lead weight and a third of the centrality of the morning's line, and the summary showed
the morning, the sectors and the afternoon instead. Like a story's next step (summarizer.late_steps) it is weighed as
if it stood at the top, and its value is a result's and half again.

Only in a text that tells the trading session before its close (早盘, 午后, 盘中, 低开…), and only a line that opens on the close (截至收盘, 截至…收盘, 收盘时, 尾盘收盘) and states an index's move with its figure;
a share's close ("截至11月18日收盘，云岭药业股价报27.82元") is no market's result.
Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

__all__ = ["market_closes"]

_OPENS_ON_CLOSE_RE = re.compile(r"^\s*(?:截至|截止)?(?:[^，,。；]{0,8})?收盘(?:时)?[，,：:]")
_INDEX = (r"(?:沪指|上证指数|上证综指|深证成指|深成指|创业板指|科创50|沪深300|恒生指数|恒指|恒生科技指数|国企指数|"
          r"道指|道琼斯[^，,。；]{0,6}指数|标普500指数|标普500|纳指|纳斯达克[^，,。；]{0,4}指数|日经225指数|日经指数)")
_INDEX_MOVE_RE = re.compile(rf"{_INDEX}[^，,。；\d]{{0,6}}(?:涨|跌|上涨|下跌|收涨|收跌|升|降|报收|收于)[^，,。；]{{0,4}}\d")


# The trading day told before the close: the morning, the afternoon, the open.
_SESSION_RE = re.compile(r"早盘|早间|午后|午盘|盘中|开盘|低开|高开|尾盘")


def states_market_close(text: str) -> bool:
    """A line that opens on the market's close and states an index's move with its figure."""
    return bool(_OPENS_ON_CLOSE_RE.search(text) and _INDEX_MOVE_RE.search(text))


def market_closes(texts: Sequence[str], lang: str) -> np.ndarray:
    """Per line of a Chinese market wrap: whether it states the market's close (see the module docstring). A text
    that tells no trading session besides (a central bank's decision with the Dow's close as its last line) is no
    wrap: there the close is the market's reaction, not the news."""
    closes = np.array([lang == "zh" and states_market_close(text) for text in texts], dtype=bool)
    if not closes.any() or not any(_SESSION_RE.search(text) for i, text in enumerate(texts) if not closes[i]):
        return np.zeros(len(texts), dtype=bool)
    return closes
