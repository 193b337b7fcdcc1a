"""A company's full name given with the short name the story then uses ("江屿城市建设投资集团有限公司（简称“江屿城投”）"):
the full name is the short one's. Without it the sentence that names the company in full, where its figures are,
read as another company's, and "江屿城投本期公司债发行规模" was answered by a later line's other 规模."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.answer.names import Entity

__all__ = ["with_full_names"]

_QUOTE = "[“”\"'「」『』‘’]?"


def with_full_names(entity: Entity, corpus: str) -> Entity:
    """`entity` with the full names the articles give for any of its spellings as their 简称 (folded corpus)."""
    found: list[str] = []
    for spelling in entity.spellings():
        if spelling.isascii() or len(spelling) < 2:
            continue
        pattern = re.compile(rf"([\u4e00-\u9fff]{{4,30}}?(?:有限公司|股份公司|集团|公司|银行|中心|研究院))"
                             rf"\s*[（(]\s*(?:以下)?简称[:：]?\s*{_QUOTE}{re.escape(spelling)}{_QUOTE}\s*[）)]")
        found += [m.group(1) for m in pattern.finditer(corpus) if m.group(1) not in entity.spellings()]
    if not found:
        return entity
    return replace(entity, aliases=(*entity.aliases, *dict.fromkeys(found)))
