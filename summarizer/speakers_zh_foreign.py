"""Transliterated foreign names in Chinese text ("埃隆·马斯克", "克里斯蒂娜•拉加德"), found whole.

Chinese news writes a foreign name as its parts joined by a middle dot, and jieba cuts such a name
into pieces ("斯蒂芬/妮/?/席尔/霍尔茨"): a quote then went to a fragment. Pages use several
characters for the dot (a question mark where the encoding lost it). A part is accepted only when
every character is one that transliterations use, so "中国·上海", "延伸·推荐" or "公里·日" are
never glued; later, the bare family name ("马斯克表示") stands for the one full name ending with it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from summarizer.literal import literal_starts

logger = logging.getLogger(__name__)

# The middle dot and what pages put in its place.
NAME_DOTS = "·?•‧・．･"

# Characters of the standard transliteration of foreign names (Xinhua's table) and the usual
# characters of women's names; no function word, no common character of Chinese place names.
_SOUNDS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德登邓狄迪蒂丁东杜多厄恩尔法菲费芬丰冯弗伏福富"
    "盖甘冈戈哥格根贡古圭哈海汉豪赫亨洪胡怀霍基吉加贾杰金津居卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷"
    "蕾里利莉丽列林琳隆卢鲁路露伦罗洛吕马玛迈麦曼芒梅门蒙米敏明缪摩莫默姆穆纳娜奈南瑙内尼妮涅宁纽努诺欧帕"
    "潘庞佩彭皮普奇齐恰乔切钦琼丘热茹瑞萨塞赛桑瑟森沙莎尚绍舍申施什舒斯丝松苏索塔泰坦汤唐陶特提廷图托瓦"
    "万旺威韦维温沃乌伍西希锡席夏肖谢辛欣休雅亚扬耶伊依因英尤约泽扎詹兹祖佐卓各赞卜娅黛薇芙琪茜璐柏杨伯"
    "萝娃琴妲蓓茨荷凡夫简基济")

_PART = 6
# One character that may follow a name: a speech verb or a function word ("马斯克称", "鲍威尔的").
_AFTER_NAME = frozenset("说称讲问答的了着过和与及等在是也都还又曾则亦即并而或将对向被把从为指表认就才再")  # characters in one part of a name, at most


def _sounds(word: str) -> bool:
    return bool(word) and all(ch in _SOUNDS for ch in word)


def normal(name: str) -> str:
    """The name with its dots made one: "斯蒂芬妮?席尔霍尔茨" is "斯蒂芬妮·席尔霍尔茨"."""
    return re.sub(f"(?<=[\u4e00-\u9fff])[{re.escape(NAME_DOTS)}](?=[\u4e00-\u9fff])", "·", name)


def _full_names(sentence: str, start: int, tokens: Sequence[tuple[str, str]]) -> list[tuple[int, str, str]]:
    """(start in the text, name as written, word before it) for each dotted name in the sentence."""
    if not any(dot in sentence for dot in NAME_DOTS):
        return []
    offsets = []  # where each token starts in the sentence (jieba drops whitespace)
    cursor = 0
    for word, _ in tokens:
        found = sentence.find(word, cursor)
        if found < 0:
            return []
        offsets.append(found)
        cursor = found + len(word)
    names = []
    k = 0
    while k < len(tokens):
        word = tokens[k][0]
        if len(word) != 1 or word not in NAME_DOTS or k == 0 or k + 1 >= len(tokens) \
                or offsets[k - 1] + len(tokens[k - 1][0]) != offsets[k] or offsets[k] + 1 != offsets[k + 1]:
            k += 1
            continue
        # First part: the word before the dot, with the word before that when jieba cut off one
        # character ("斯蒂芬/妮"); not the company before the name ("特斯拉/埃隆").
        first = k - 1
        if not _sounds(tokens[first][0]):
            k += 1
            continue
        if len(tokens[first][0]) == 1 and first > 0 and _sounds(tokens[first - 1][0]) \
                and offsets[first - 1] + len(tokens[first - 1][0]) == offsets[first]:
            first -= 1
        parts_end = k + 1  # tokens of the name so far end here (exclusive)
        last = _last_part(tokens, offsets, k + 1)
        if last is None:
            k += 1
            continue
        parts_end = last
        # A third part: "朱利安·X·尼尔斯" style runs of more dots.
        while parts_end + 1 < len(tokens) and tokens[parts_end][0] in NAME_DOTS and len(tokens[parts_end][0]) == 1 \
                and offsets[parts_end] == offsets[parts_end - 1] + len(tokens[parts_end - 1][0]):
            more = _last_part(tokens, offsets, parts_end + 1)
            if more is None:
                break
            parts_end = more
        begin, end = offsets[first], offsets[parts_end - 1] + len(tokens[parts_end - 1][0])
        name = sentence[begin:end]
        parts = re.split(f"[{re.escape(NAME_DOTS)}]", name)
        tail = tokens[parts_end][0] if parts_end < len(tokens) and offsets[parts_end] == end else ""
        if re.fullmatch("[\u4e00-\u9fff]", tail) and tail not in _AFTER_NAME \
                or len(tail) == 2 and tail[0] in _SOUNDS and tail[1] in _AFTER_NAME:
            k = parts_end  # the name may go on ("帕斯/基", "帕斯/基说"): where it ends is unsure
            continue
        if all(1 <= len(p) <= _PART for p in parts) and len(parts[0]) + len(parts[1]) >= 3 \
                and not (parts_end - first == 3 and all(t[1] == "ns" for t in (tokens[first], tokens[parts_end - 1]))):
            # Not two places ("米兰·罗马": both halves tagged as places, one word each).
            previous = tokens[first - 1][0] if first > 0 else ""
            names.append((start + begin, name, previous))
        k = parts_end
    return names


def _last_part(tokens: Sequence[tuple[str, str]], offsets: list[int], at: int) -> int | None:
    """Where the part of a name that starts at token `at` ends (exclusive): the next word, with
    the words that run on from it while they are transliteration and a name or one character
    ("席尔/霍尔茨", "拉加/德"); None when the word there is no transliteration."""
    if at >= len(tokens) or not _sounds(tokens[at][0]) or offsets[at] != offsets[at - 1] + 1:
        return None
    end = at + 1
    length = len(tokens[at][0])
    while end < len(tokens) and _sounds(tokens[end][0]) and length + len(tokens[end][0]) <= _PART \
            and offsets[end] == offsets[end - 1] + len(tokens[end - 1][0]) \
            and (len(tokens[end][0]) == 1 or len(tokens[end - 1][0]) == 1 or tokens[end][1].startswith("nr")):
        length += len(tokens[end][0])
        end += 1
    return end


def foreign_names(sentences: Sequence[str], starts: list[int],
                  tokenized: Sequence[Sequence[tuple[str, str]]]) -> list[tuple[int, str, str]]:
    """Dotted names at each mention, and each later bare family name ("马斯克表示") when exactly one
    dotted name seen before ends with it: (start in the text, name as written, word before it)."""
    full = [name for sentence, start, tokens in zip(sentences, starts, tokenized)
            for name in _full_names(sentence, start, tokens)]
    if not full:
        return []
    spans = [(s, s + len(n)) for s, n, _ in full]
    found = list(full)
    families: dict[str, set[str]] = {}
    for _, name, _ in full:
        family = re.split(f"[{re.escape(NAME_DOTS)}]", name)[-1]
        if len(family) >= 2:
            families.setdefault(family, set()).add(normal(name))
    for family, owners in families.items():
        if len(owners) != 1:
            continue  # two people with that family name: a bare one says not which
        first_seen = min(s for s, n, _ in full if normal(n) in owners)
        for sentence, start, tokens in zip(sentences, starts, tokenized):
            for begin in literal_starts(family, sentence):
                end = begin + len(family)
                at = start + begin
                if at <= first_seen or any(a <= at < b for a, b in spans):
                    continue
                before = sentence[begin - 1] if begin else ""
                after = sentence[end] if end < len(sentence) else ""
                if before and (before in _SOUNDS or before in NAME_DOTS) or after and after in _SOUNDS:
                    continue  # inside a longer transliteration ("汉森" in "约翰森")
                found.append((at, family, _word_before(sentence, begin, tokens)))
    return sorted(found)


def _word_before(sentence: str, at: int, tokens: Sequence[tuple[str, str]]) -> str:
    """jieba's word that ends right before `at` in the sentence, if a word ends there."""
    cursor = 0
    previous = ""
    for word, _ in tokens:
        found = sentence.find(word, cursor)
        if found < 0 or found >= at:
            break
        cursor = found + len(word)
        previous = word if cursor == at else ""
    return previous


def covered(names: list[tuple[int, str, str]], foreign: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """jieba's names less those overlapping a foreign name, with the foreign names added, in order."""
    if not foreign:
        return names
    spans = [(s, s + len(n)) for s, n, _ in foreign]
    kept = [item for item in names if not any(item[0] < b and a < item[0] + len(item[1]) for a, b in spans)]
    return sorted(set(kept + foreign))


def name_dot(text: str, at: int) -> bool:
    """Whether the mark at `at` stands for the middle dot inside a transliterated name
    ("斯蒂芬妮?席尔霍尔茨", "杰罗姆・鲍威尔"): transliteration characters on each side, at most six,
    run from a character that is none ("发言人", "像"); two at least around a question mark or a
    full stop, so "你是谁?马斯克说" still ends a question."""
    least = 2 if text[at] in "?．" else 1
    before = 0
    while before < at and text[at - 1 - before] in _SOUNDS:
        before += 1
    after = 0
    while at + 1 + after < len(text) and text[at + 1 + after] in _SOUNDS:
        after += 1
    return least <= before <= _PART and least <= after <= _PART


def with_middle_dots(line: str) -> str:
    """The line with each mark that stands for a name's middle dot made "·" (normalize runs it):
    every later step then sees one name, as the page meant it."""
    if not any(dot in line for dot in NAME_DOTS[1:]):
        return line
    chars = list(line)
    for k, ch in enumerate(chars):
        if ch in NAME_DOTS[1:] and name_dot(line, k):
            chars[k] = "·"
    return "".join(chars)


def undotted_after_title(clause: str, name: str, titles: Sequence[str]) -> str:
    """The whole undotted transliterated name that ends `clause` right after a title, when the
    name found is only a piece of it: jieba cuts "总统托卡耶夫" into "托/卡耶夫", "副主席维斯塔格"
    into "维斯塔/格" and "总统米尔济约耶夫" into "米尔/济约/耶夫", and a quote then went to
    "卡耶夫" titled "哈萨克斯坦总统托". Every character of the run must be one transliterations use,
    so a Chinese name after a title ("总裁李明") is left as it was found. The name alone as the whole
    clause ("托卡耶夫说") is taken whole the same way."""
    for begin in range(max(0, len(clause) - 7), len(clause) - len(name)):
        run = clause[begin:]
        if name in run and _sounds(run) and (begin == 0 or any(clause[:begin].endswith(t) for t in titles)):
            return run
    return name

