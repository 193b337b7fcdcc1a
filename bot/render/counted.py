"""`/numbers N`, `/quotes N`, `/keywords N`: the first N items of a view, and saying so.

The number after these commands was ignored without a word (`/numbers 5` listed every
figure), where `/summary 5` gives five sentences. Here a view's items are cut to the N
asked for before the view is drawn, so the figures' lines, the quotes and the keywords
are drawn by the one renderer each, and a line says how many there are in all when some
are left out (nothing is left out unsaid).
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.service import Brief

# The analysis field each counted view lists.
COUNTED_FIELDS = {"numbers": "key_figures", "quotes": "quotes", "keywords": "keywords"}


def cut(brief: Brief, view: str, count: int | None) -> tuple[Brief, int]:
    """`brief` with the view's items cut to `count` (all when None, or for another view), and
    how many items the view has in all."""
    field = COUNTED_FIELDS.get(view)
    if field is None:
        return brief, 0
    items = getattr(brief.analysis, field)
    if count is None or len(items) <= count:
        return brief, len(items)
    # (`key_figures` is the ranked part of `figures`: the figures kept are the first N of it.)
    kept = {"figures" if field == "key_figures" else field: tuple(items[:count])}
    return replace(brief, analysis=replace(brief.analysis, **kept)), len(items)
