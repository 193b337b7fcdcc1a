"""Names of people in Chinese text, from jieba's POS tags (nr), with the names it cut in two
after a title ("董事长周/建国", "副局长程/立新") put back together (used by speakers_zh)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.speakers_zh_foreign import covered, foreign_names
from summarizer.speakers_zh_words import _ZH_POLITE_RE, _ZH_SURNAMES, _ZH_TITLE_END_RE, ZH_SPEECH_RE


def person_names(sentences: Sequence[str], starts: list[int]) -> list[tuple[int, str, str]]:
    """Names jieba tagged nr, from the POS pass `analyze` already made (cached in summarizer.tokenize)."""
    from summarizer.tokenize import tokenize_sentences

    names = []
    whole = "".join(sentences)
    tokenized = tokenize_sentences(tuple(sentences), "zh")
    for sentence, start, tokens in zip(sentences, starts, tokenized):
        if not any(flag.startswith("nr") or word in _ZH_SURNAMES and len(word) == 1 for word, flag in tokens):
            continue
        cursor = 0
        previous = ""
        spaced = any(ch.isspace() for ch in sentence)
        for k, (word, flag) in enumerate(tokens):
            # Tokens are the sentence's characters in order, whitespace dropped.
            while spaced and cursor < len(sentence) and sentence[cursor].isspace():
                cursor += 1
            if _split_name(tokens, k, previous) and sentence.startswith(word + tokens[k + 1][0], cursor):
                names.append((start + cursor, word + tokens[k + 1][0], previous))  # "司马/晓东", "赵/建国/告诉"
            elif flag.startswith("nr") and 2 <= len(word) <= 4 and sentence.startswith(word, cursor):
                full = word
                j = k + 1
                while j + 1 < len(tokens) and tokens[j][0] == "·" and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", tokens[j + 1][0]):
                    full += "·" + tokens[j + 1][0]  # "戴夫·汉森": the whole transliterated name
                    j += 2
                if len(word) == 2 and j == k + 1 < len(tokens) and _last_character(tokens[j][0]) and (
                        (j + 1 == len(tokens) or not tokens[j + 1][1].startswith("n")) and whole.count(word + tokens[j][0]) > 1
                        # "审判长范文/静": both halves tagged as a name, a surname first, no more name after
                        or tokens[j][1].startswith("nr") and word[0] in _ZH_SURNAMES
                        and (j + 1 == len(tokens) or not tokens[j + 1][1].startswith("nr"))
                        or _third_character(tokens, j, previous)):
                    # "主席鄭家/豪" when the text names 鄭家豪 again; not "阿比/纳/德尔", where more name follows.
                    full = word + tokens[j][0]
                names.append((start + cursor, full if sentence.startswith(full, cursor) else word, previous))
            elif len(word) == 1 and word in _ZH_SURNAMES and flag.startswith("nr") and k + 1 < len(tokens) \
                    and tokens[k + 1][1].startswith("nr") and re.fullmatch(r"[\u4e00-\u9fff]{2}", tokens[k + 1][0]) \
                    and (k + 2 == len(tokens) or not tokens[k + 2][1].startswith("nr")) \
                    and sentence.startswith(word + tokens[k + 1][0], cursor):
                names.append((start + cursor, word + tokens[k + 1][0], previous))  # "中锋贺/天宇": both halves tagged
            elif len(word) == 1 and word in _ZH_SURNAMES and previous and _ZH_TITLE_END_RE.search(previous) \
                    and k + 1 < len(tokens) and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", tokens[k + 1][0]) \
                    and (tokens[k + 1][1][:1] == "n" and "nr" in (flag[:2], tokens[k + 1][1][:2])
                         or _given_name(tokens[k + 1][0]) and (flag[:2] == "nr" or whole.count(word + tokens[k + 1][0]) > 1)) \
                    and sentence.startswith(word + tokens[k + 1][0], cursor):
                # "董事长周/建国", "总裁黄/志远": jieba cut the name after a title into surname and given name
                # (a given name it took for another word, "副局长程/立新", when the text names them again).
                names.append((start + cursor, word + tokens[k + 1][0], previous))
            cursor += len(word)
            previous = word
    return covered([_without_held(found, whole) for found in names], foreign_names(sentences, starts, tokenized))


def _without_held(found: tuple[int, str, str], whole: str) -> tuple[int, str, str]:
    """"周蕾持不同看法", "王强持谨慎态度": jieba glued 持 (holds) to the name, or to its given name."""
    at, name, previous = found
    if len(name) == 3 and name.endswith("持") and any(whole.startswith(view, at + 3) for view in _VIEWS_HELD):
        return at, name[:2], previous
    return found


# What a person holds (持不同看法, 持谨慎态度): the word after a name jieba glued 持 to.
_VIEWS_HELD = frozenset("不同 相同 相反 类似 一致 谨慎 审慎 乐观 悲观 保留 中性 积极 消极 开放 怀疑".split())


# Two-character family names jieba reads as a place or a word ("欧阳/立平", "司马/南").
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 令狐 慕容 夏侯 尉迟 公孙 长孙 宇文 司徒 端木 南宫 独孤 轩辕 申屠 澹台 呼延 歐陽 諸葛 東方 長孫 司徒".split())


def _split_name(tokens: list[tuple[str, str]], k: int, previous: str) -> bool:
    """A name jieba cut into a family name and a given name it took for a place or a word:
    a two-character family name then a given name tagged as a name ("发言人欧阳/立平"), or a
    surname tagged as a name then a given name tagged as a noun right before a speech verb
    ("司机赵/建国/告诉记者"; not "王/经理/说", a surname and a title)."""
    word, flag = tokens[k]
    if k + 1 >= len(tokens) or not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", tokens[k + 1][0]):
        return False
    given, given_flag = tokens[k + 1]
    if word in _COMPOUND_SURNAMES:
        return given_flag.startswith("nr") or bool(previous and _ZH_TITLE_END_RE.search(previous) and _given_name(given))
    if not (len(word) == 1 and word in _ZH_SURNAMES and flag.startswith("nr") and given_flag[:1] == "n"
            and len(given) == 2 and k + 2 < len(tokens) and not _ZH_TITLE_END_RE.search(given)
            and not _ZH_POLITE_RE.match(word + given)):
        return False
    after = tokens[k + 2][0]
    # "老顾客王/桂兰/对新口味…": a given name tagged as a place, then what the person does to something.
    return ZH_SPEECH_RE.fullmatch(after) is not None or given_flag in ("ns", "nr", "nrt") and after in _AFTER_SUBJECT


_AFTER_SUBJECT = frozenset("对 在 向 跟 则 也 还 却 就 曾 又 并 仍 更 都".split())


def _last_character(word: str) -> bool:
    """A one-character token that may end a name jieba cut short, not what follows a name
    ("李明/说", "李明/的", "王强/又")."""
    return len(word) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", word) is not None and not ZH_SPEECH_RE.match(word) \
        and word not in "的了着过在和与及等也都还又再就才将把被从向对说称讲问答曾则亦即并而或是有为指表认"


def _third_character(tokens: list[tuple[str, str]], j: int, previous: str) -> bool:
    """"首席统计师董莉/娟/解读/称": after a title, a two-character name jieba tagged nr, one
    character more and then a verb of two or more characters: the character ends the name
    (not an adverb before the verb: "王强/亲/到场", "李勇/近/表示")."""
    return bool(previous and _ZH_TITLE_END_RE.search(previous)) and j + 1 < len(tokens) \
        and tokens[j + 1][1][:1] == "v" and len(tokens[j + 1][0]) >= 2 and tokens[j][1][:1] in ("a", "n", "x") \
        and tokens[j][0] not in _ADVERBS


# One-character adverbs that stand between a name and its verb.
_ADVERBS = frozenset("近亲早先均仅便已另特刚正常首终仍亦皆共同再又也都还曾就才将把被从向对")


def _given_name(word: str) -> bool:
    """"立新" after "副主任周", "启明" after "发言人冯": jieba tags the given name as a word of its
    own (an adverb, a verb); after a title and a surname it is the rest of the name, unless it is
    what the person does ("经理李称", "主任王说") or a function word."""
    return len(word) == 2 and not ZH_SPEECH_RE.fullmatch(word) and not re.search(
        r"[的了着过在和与及等也都还又再就才将把被从向对说称讲问答曾则亦即并而或是有为]", word)


def plausible_name(word: str, previous: str, clause: str) -> bool:
    """jieba tags many words nr. Keep those that read as a person's name here:
    after a title, led by a surname, a longer (transliterated) name, or the whole subject.
    "官谭" (the end of 发言官 plus a surname) is never one."""
    if len(word) >= 2 and word[1] in _ZH_SURNAMES and _ZH_TITLE_END_RE.search(previous + word[0]):
        return False
    if previous and _ZH_TITLE_END_RE.search(previous):
        return True
    return word[0] in _ZH_SURNAMES or len(word) >= 3 or clause.startswith(word)
