"""Chinese numerals as values: what 一百二十 or a bare 百亿 is worth, and how big a step a
vague 十几 / 一百多 stands for. Kept apart from `summarizer.figure_numbers`, which finds the
numbers in a sentence, because these read one numeral and nothing around it.
"""

from __future__ import annotations

__all__ = ["cn_value", "vague_step"]


def cn_value(cn: str) -> float | None:
    """Value of a Chinese numeral; a bare leading unit means one of it (百亿 = 一百亿, 千 = 一千)."""
    import cn2an  # on first use: its import takes 0.2-0.7 s, and most texts write digits

    if cn[:1] in ("百", "千", "万", "亿"):
        cn = "一" + cn
    try:
        return float(cn2an.cn2an(cn, "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def vague_step(arabic: str | None, cn: str | None) -> float | None:
    """十几 -> 10, 一百多 -> 100, 20多 -> 10: the size of the last written unit."""
    if arabic:
        digits = arabic.replace(",", "")
        if "." in digits:
            return 1.0
        zeros = len(digits) - len(digits.rstrip("0"))
        return 10.0 ** zeros
    assert cn is not None
    for char, step in (("千", 1000.0), ("百", 100.0), ("十", 10.0)):
        if cn.endswith(char):
            return step
    return 1.0
