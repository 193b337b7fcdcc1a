"""Chinese titles in front of a name: which words are the person's title ("星河科技副总裁" before 李明),
which present someone else ("副主任周立新、…总工程师" before 谭敏), and how many people a sentence
presents by title and name. Used by speakers_zh.
"""

from __future__ import annotations

import re

from summarizer.speakers_zh_words import (
    _ZH_SURNAMES,
    _ZH_TIME_WORDS,
    _ZH_TITLE_END_RE,
    _ZH_TITLE_WORDS,
)

__all__ = ["_own_titles", "_title_before", "titled_names"]


# Where the words in front of a name stop describing the person: "记者采访了星河科技副总裁李明".
# Words before which nothing is the title; an age ("五十岁的厂长") describes, it is no title.
# ("对话青峦资本合伙人陈思远", "专访…": an interview's headline names the person after its word.)
_NOT_TITLE_RE = re.compile(r".*(?:对话|专访|访谈|对谈|了|采访|是|对|向|给|被|把|请|让|据|和|与|及|由|[\d一二三四五六七八九十]岁的?)")


def _title_before(head: str) -> str | None:
    """The title right in front of a name ("星河科技副总裁" in "星河科技副总裁李明在发布会上…"),
    so a later 他说 carries it as the quote it continues would."""
    clause = re.split(r"[，,；;。：:！？!?“”\"]", re.sub(r"[（(][^）)]*[）)]", "", head))[-1]
    clause = _ZH_TIME_WORDS.sub("", clause).strip()
    clause = _NOT_TITLE_RE.sub("", clause)
    clause = re.sub(r"^(?:对此|其中|而|但|并|另外|此外|同时)", "", clause).strip("、 ")
    clause = _own_titles(clause)
    if not clause or len(clause) > 20 or not _ZH_TITLE_END_RE.search(clause):
        return None
    return clause


def _own_titles(title: str) -> str:
    """"市发改委副主任周立新、市交通局总工程师" before 谭敏: the titles that are this person's. Titles
    joined by 、 ("副总裁、首席财务官", "省委常委、常务副省长") are one person's; a part that ends with
    a title and a name presents someone else; so does one before 和/与/及 ("董事长罗振华和…总经理" before 邹敏)."""
    parts = re.split(r"(、|和|与|及)", title)
    kept = parts[-1]
    for k in range(len(parts) - 3, -1, -2):
        part = parts[k]
        if _NAMED_AT_END_RE.search(part):
            break
        kept = f"{part}{parts[k + 1]}{kept}"
    return kept


# A title, then a name: the end of the words that present someone else.
_TITLED_NAME_RE = re.compile(rf"(?:{'|'.join(map(re.escape, _ZH_TITLE_WORDS))})[{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}")
_NAMED_AT_END_RE = re.compile(_TITLED_NAME_RE.pattern + "$")


def titled_names(sentence: str) -> int:
    """How many people a sentence presents by title and name ("副部长程立新、副署长谭慧出席")."""
    return len(_TITLED_NAME_RE.findall(sentence))
