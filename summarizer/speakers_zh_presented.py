"""A Chinese quote after a clause with no speech verb ("星河证券首席经济学家王建华长期跟踪宏观政策，“……。”"):
whose it is, only when no one else could be (used by speakers_zh.zh_direct_speaker)."""

from __future__ import annotations

import re

from summarizer.speakers import Context, Person
from summarizer.speakers_zh_names import plausible_name
from summarizer.speakers_zh_titles import _title_before
from summarizer.speakers_zh_words import _ZH_ORG_SUFFIX, _ZH_TITLE_END_RE, ZH_SPEECH_RE


# "MikeIsraetel是美国奥运队前营养师，…，“……。”": a person presented by name and title at the head of
# the sentence, then what they say, with no speech verb.
_PRESENTED_RE = re.compile(r"(?P<name>[A-Z][a-z]+(?:\s?[A-Z][a-z]+){0,2}|[\u4e00-\u9fff·]{2,8})"
                           r"(?:则|也|就)?是(?P<title>[^，,；;。：:“”\"]{1,30})$")
# Words that cite someone else's words or a document: the quote after them is not the subject's own.
_CITES_RE = re.compile(r"引用|援引|转述|表述|报告|文件|口号|标语|原文|写着|名为|题为|称为|通知|公告")
# A clause where someone else may be speaking: a statement, a post, a reply, an interview.
_ANOTHER_VOICE_RE = re.compile(r"发布|声明|回应|回复|公告|表态|致信|写道|发文|发帖|微博|采访|官网|人士|网友|方面")
_FIRST_PERSON_RE = re.compile(r"我们|我[^国方省市县区军]|^我")


def presented_speaker(content: str, before: str, before_start: int, context: Context) -> Person | None:
    """A quote after a clause with no speech verb: its speaker only when no one else could be.

    - The sentence opens by presenting one person ("X是…营养师") and the quote is a whole
      sentence after a comma: that person speaks. A slogan, term or title in quotes
      ("提出了“三分政策，七分预期”的说法", "擅长“轻断食”") is no whole sentence.
    - A quote in the first person ("作为做市商，我们…") after a narrative clause, in the sentence
      right after an attribution, continues that speaker, when the clause names no one else.
    """
    head = before.rstrip()
    if not re.search(r"[，,]$", head) or re.search(r"[“”\"「」《》]", head) or len(content.strip()) < 10:
        return None
    clauses = re.split(r"[，,]", head[:-1])
    names = context.names_in(before_start, before_start + len(head))
    if re.search(r"[。！？!?…]\s*$", content):
        m = _PRESENTED_RE.fullmatch(clauses[0].strip())
        others = not any(ZH_SPEECH_RE.search(c) or re.search(r"[他她]|记者|笔者", c) for c in clauses[1:]) and \
            not _CITES_RE.search(head)
        if others and not m and names and all(word == names[0][1] for _, word, _ in names) \
                and names[0][1] not in content:
            # "星河证券首席经济学家王建华长期跟踪宏观政策，“……。”": presented by title and name as the subject.
            at = names[0][0] - before_start
            lead = clauses[0][:at]
            if 0 <= at < len(clauses[0]) and plausible_name(names[0][1], names[0][2], clauses[0][at:]) and (
                    not lead.strip() or _title_before(lead) == lead.strip()):
                return context.remember(names[0][1], lead.strip() or None)
        if m and _ZH_TITLE_END_RE.search(m.group("title")) and others:
            name = m.group("name")
            latin = re.fullmatch(r"[A-Za-z\s]+", name) is not None
            if (latin or any(word == name for _, word, _ in names)) and all(
                    word == name for _, word, _ in names) and name not in content:
                return context.remember(name, m.group("title"))
    last = context.last_quote
    if last is not None and not context.narrative and last[0] == context.sentence - 1 and last[1].kind != "org" \
            and _FIRST_PERSON_RE.search(content) and not names and not re.search(r"[他她]|记者|笔者|[A-Z][a-z]", head) \
            and not any(ZH_SPEECH_RE.search(c) for c in clauses) and not _ANOTHER_VOICE_RE.search(head) \
            and not any(_ZH_ORG_SUFFIX.search(head[:k]) for k in range(2, len(head) + 1)):
        return last[1]
    return None
