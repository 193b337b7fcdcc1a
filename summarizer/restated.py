"""Lines that restate what a shown line states: a clause word for word, or another item of the same list.

`clause_restated`: two sentences that share a clause word for word state the same fact twice.

`list_siblings`: numbered items of one list in a Chinese note are the reasons or parts of one claim.

"未来盈利能力将持续修复。（1）原材料成本：…（2）汇率波动：…（3）海运费：…" gives three reasons for one point;
shown side by side they took two of a summary's three slots from the note's other points (its demand, its new
business). `list_runs` numbers each run of consecutive items that open on (1), (2), … (or 1）, 2）…) and a short
label with its colon, so the selection lets a second item of a run wait like another part of a statement already
shown. Items without such a label ("1）公司发布2020年报，…；2）公司发布2021一季报，…") are facts of their own: there
the rule took a quarter's results out of a note's summary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

__all__ = ["RESTATED_CHARS", "clause_restated", "list_runs", "list_siblings"]

_ITEM_RE = re.compile(r"^\s*[（(]?([1-9])[）)]\s*[^，。；：:,;\d]{2,8}[：:]")


def list_runs(texts: Sequence[str]) -> list[int | None]:
    """Per line: the number of the run of numbered items it opens, or None for a line that opens on no item."""
    runs: list[int | None] = []
    run, last = 0, 0
    for text in texts:
        match = _ITEM_RE.match(text)
        number = int(match.group(1)) if match else 0
        if not number:
            runs.append(None)
            continue
        if number != last + 1:
            run += 1
        last = number
        runs.append(run)
    return runs


def list_siblings(texts: Sequence[str]) -> Callable[[int, int], bool]:
    """Whether lines a and b are items of one run of labelled, numbered items (see `list_runs`)."""
    runs = list_runs(texts)
    return lambda a, b: runs[a] is not None and runs[a] == runs[b]


RESTATED_CHARS = 20  # a run of this many characters (Han, or English letters / 3) shared word for word


def clause_restated(first: str, second: str) -> bool:
    """Whether two sentences share a clause word for word ("连续三个交易日内收盘价格涨幅偏离值累计超过30%"
    in an announcement's summary item and again in its body): the same fact, told twice. Only
    the first 400 characters are compared, so a run-on line costs no more than a normal one."""
    a, b = first[:400], second[:400]
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    run = a[match.a:match.a + match.size]
    han = len(re.findall(r"[\u4e00-\u9fff]", run))
    return han >= RESTATED_CHARS or (not han and match.size >= 3 * RESTATED_CHARS)
