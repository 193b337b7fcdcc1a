"""A first of its kind ("全球首台…", "首款…", "成功研制…") is news a reader takes as a main point.

"参股公司成功研制全球首台兆瓦级高温超导感应加热设备", "由我国自主设计建造的亚洲首艘圆筒型海上油气加工厂…离港
启运", "公司常州研究院中试线高效电池首片下线", "正式推出旗下首款纯电SUV": a product, a machine or a method that
did not exist before. Such a line often has no figure, or one that is no result (兆瓦级, 7纳米), so summarizer.roles
weighed it as a plain line and a note's results lines or a flash's background passed it. On the hand-labelled
key-point sets every one of the 12 such lines carries a main point (8 of them the first); a fifth of all lines do.

So it counts as a result with its figure (summarizer.roles.news_value). Not a line already demoted (a listing, a
description, an opener without fact), nor one framed as a description ("作为…的首款量产车型，…": who it is, not
what happened); "首套房" and "首席…" are no firsts of this kind, "全球首家…" (a company first to do something, most
often years ago) is left out, and so is a first time (首次): an event, not a thing made.

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["states_first"]

_FIRST_RE = re.compile(r"(?:全球|世界|亚洲|国内|全国)首[款台套个艘架创]|首[款台片艘架]|成功研制|研制成功|成功研发|研发成功")


def states_first(text: str, lang: str) -> bool:
    """A Chinese line that states a first of its kind (全球首台, 首款, 首片下线, 成功研制), not as a description."""
    return lang == "zh" and bool(_FIRST_RE.search(text)) and not text.lstrip().startswith("作为")
