"""Chinese subjects the general cut in `summarizer.figure_subjects` misreads, each a shape of its own:

- a single-character predicate word that is part of a name: 再 of 再贷款, and 至/到 of a route
  ("上海至欧洲基本港运价为1,512美元/TEU" is the Shanghai–Europe rate, not Shanghai's);
- a count of the members of a set named with a relative clause ("销售额超千亿的房企有5家": the
  developers with sales above 100 billion, not the sales);
- a work named in 《》 that reaches a figure with 以 ("《山海奇谭》以27.9亿元票房位列第一": the film's
  box office, not any box office);
- a degree adverb left before the change the subject was cut from ("销量大幅下降": 销量);
- an aside in brackets at the end of a clause ("出货量为214.6万片（折合8英寸标准逻辑）"), which names
  no subject for the clause after it.

Pure functions of the text, kept apart so each subject module stays readable.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from summarizer.figure_lexicon import ZH_PREDICATE, ZH_PREDICATE_CHARS, ZH_TRIM

if TYPE_CHECKING:
    from summarizer.figure_subjects import Words

__all__ = ["RE_NOUNS", "counted_members", "in_aside", "in_name", "named_in_aside", "titled_work", "without_closing_aside", "without_degree",
           "object_after_each", "ordinal_group", "past_kind_modifier",
           "zh_noun_before"]

# Finance nouns with the prefix 再 (再贷款, 再贴现, 再融资, 再保险): jieba cuts 再 off as an adverb
# ("again"), and the subject lost its first half (全国支农支小再贷款余额 was 全国支农支小).
RE_NOUNS = ("贷款", "贴现", "融资", "保险", "担保")

_CJK = re.compile(r"[\u4e00-\u9fff]")
# A route's end is a place and what is priced on it: a noun follows 至, never a verb or a number.
_ROUTE_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{2,}?(?:航线|线路|基本港|港口?|航段|方向|运价|票价|机票|车票|运费|运力|班次|航班)")
_ROUTE_TAIL_NOT = re.compile(r"[为是达约近超逾有到至则也将已仍只仅共均都还又再才就被在较从报涨跌升降增减]")


def in_name(text: str, i: int) -> bool:
    """Whether the single-character predicate word at text[i] is part of a name: 再 before a
    finance noun, 均 of an average per something (场均, 人均), 至/到 between two places followed by
    what is carried or priced on the route."""
    if text[i] == "再":
        return text.startswith(RE_NOUNS, i + 1)
    if text[i] == "均" and i >= 1 and text[i - 1] in "场人户日月年亩台单":
        return True  # "场均现场观众达8,216人", "人均消费": an average per game or head, a noun (jieba: 场/均)
    if text[i] in "至到" and i >= 2 and _CJK.match(text[i - 1]) and _CJK.match(text[i - 2]):
        tail = _ROUTE_TAIL_RE.match(text, i + 1)
        return bool(tail) and not _ROUTE_TAIL_NOT.search(tail.group()[:2])
    return False


# "销售额超千亿的房企有5家", "市值超过万亿的公司共有12家": the set counted is the whole noun phrase.
_MEMBERS_RE = re.compile(
    r"([\u4e00-\u9fffA-Za-z0-9]{1,14}?的(?![还也则只仅共都就又])[\u4e00-\u9fffA-Za-z]{1,8}?)(?:中)?(?:共|仅|只|则|也|还|已)?有(?:约|近|超过|超|逾|达)?(?:[\d.]+[家个只名位条项款座所])?$")


def counted_members(text: str) -> str | None:
    """The set a count of members counts, when the clause names it with a relative clause before 有."""
    members = _MEMBERS_RE.search(text)
    if not members:
        return None
    subject = members.group(1)
    # (what the relative clause says stays: it is what sets these members apart from the rest)
    return subject if len(subject) >= 4 and not subject.startswith("的") else None


_TITLED_RE = re.compile(r"(《[^》]{1,20}》)(?:以|凭借|凭)(?:约|近|超过|逾)?$")


def titled_work(text: str, following: str | None) -> str | None:
    """"《山海奇谭》以27.9亿元票房" -> "《山海奇谭》票房": the work's own figure."""
    titled = _TITLED_RE.search(text)
    if not titled or not following:
        return None
    return titled.group(1) + following


def without_closing_aside(chunk: str) -> str:
    """A clause without the aside in brackets that closes it ("…214.6万片（折合8英寸标准逻辑）")."""
    stripped = chunk.rstrip()
    if not stripped.endswith(("）", ")")):
        return chunk
    opening = max(stripped.rfind("（"), stripped.rfind("("))
    return chunk[:opening] if opening > 0 else chunk


def in_aside(text: str, position: int) -> bool:
    """Whether `position` lies inside brackets opened before it in `text` and not yet closed."""
    before = text[:position]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def named_in_aside(text: str, position: int, subject: str | None) -> bool:
    """Whether the figure at `position` stands in brackets that also name its subject
    ("（折合8英寸标准逻辑）"), so the subject is the aside's own, not the clause's
    ("劳动人口（15—59岁）": the subject stands before the brackets)."""
    if not subject or not in_aside(text, position):
        return False
    opening = max(text.rfind("（", 0, position), text.rfind("(", 0, position))
    closing = min((i for i in (text.find("）", position), text.find(")", position)) if i >= 0), default=len(text))
    return subject in text[opening:closing]


# How much something changed, said before the change: "指数小幅回落", "销量大幅下降".
_DEGREE_WORDS = re.compile(r"(?:小幅|大幅|明显|显著|略有|稍有|大大|进一步|稳步|逐步|快速|迅速|持续|继续|再度|双双)$")
# One-character degrees ("指数微升", "利润率微降") only after a metric: 紫光国微 is a name, and
# so is 华润微 (利润 is the metric, 华润 is not).
_DEGREE_CHARS = re.compile(r"(?:(?<=[率额入量价值数费本益比])|(?<=利润))[微略稍骤猛激锐](?:[升降增减涨跌]|有)?$")


def without_degree(subject: str, predicate: str) -> str:
    """The subject without the degree adverb the predicate was cut from."""
    trimmed = _DEGREE_WORDS.sub("", subject)
    if trimmed == subject and (not predicate or re.match(r"[升降增减涨跌回下上提扩缩有]", predicate)):
        trimmed = _DEGREE_CHARS.sub("", subject)
    return trimmed.strip(ZH_TRIM) if len(trimmed.strip(ZH_TRIM)) >= 2 else subject


def zh_noun_before(words: Words, end: int, start: int) -> str | None:
    """The noun phrase (up to three words) that ends at `end`: "管理骨干", "首次授予"."""
    kept: list[str] = []
    for _, word, flag in words.ending_at(end, start)[:3]:
        if (not "\u4e00" <= word[0] <= "\u9fff" or flag[:1] in "pcudryefzxq" or (
                len(word) == 1 and word in ZH_PREDICATE_CHARS)) and not (word == "再" and kept and kept[0] in RE_NOUNS):
            break
        kept.insert(0, word)
    noun = "".join(kept)
    return noun if len(noun) >= 2 and not ZH_PREDICATE.match(noun) else None


# "分别实现营收…", "分别录得净利润…": after 分别, a verb of achieving and the metric it achieves.
_ACHIEVED_RE = re.compile(r"(?:实现|录得|取得)([\u4e00-\u9fffA-Za-z]{2,12})")


def object_after_each(after: str) -> str | None:
    """"公司21和22Q1分别实现单票快递收入2.26元/2.61元": the figures are the metric achieved, each
    period's, not the company that achieves it (the noun before 分别 is whose they are)."""
    m = _ACHIEVED_RE.fullmatch(after.strip(ZH_TRIM))
    if m is None or ZH_PREDICATE.search(m.group(1)):
        return None
    return m.group(1)


# Which round or batch a count is of ("首届", "首批", "第三届", "本期"): a modifier of what is counted.
_ORDINAL_RE = re.compile(r"(?:首|第[一二三四五六七八九十\d]{1,3}|本|该|这|上|新一)[届批期轮]")
_GROUP_RUN_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?=之?中|[，,。；;、])")


def ordinal_group(subject: str, after: str, following: str | None) -> str | None:
    """"首届58名本科毕业生中": a subject that is only the round or batch ("首届") is no subject; the
    group counted after the number is, with the round kept ("首届本科毕业生"). `after` is the text
    after the figure, `following` the noun jieba found there. None when `subject` is no round;
    "" when it is but no group can be read (then no subject rather than a wrong one)."""
    if not _ORDINAL_RE.fullmatch(subject):
        return None
    group = following or (m.group() if (m := _GROUP_RUN_RE.match(after)) else "")
    return subject + group if group and not group.startswith(subject) else group


# "不同类型和规模的会员单位", "各类行业的参展商": words of kind before 的, then the noun they sort.
_KIND_MODIFIER_RE = re.compile(r"(?:不同|各类|各种|多种|多类|各个)[\u4e00-\u9fff、和与及]{1,8}?的([\u4e00-\u9fff]{2,8}?)(?=[，,。；;、）)]|$)")


def past_kind_modifier(following: str | None, after: str) -> str | None:
    """"协会旗下有800多家不同类型和规模的会员企业": what is counted is the noun the kinds sort (会员企业),
    not the first words after the number (不同类型)."""
    if not following or not re.match(r"不同|各类|各种|多种|多类|各个", following):
        return following
    m = _KIND_MODIFIER_RE.match(after)
    return m.group(1) if m else following  # ("300家不同行业企业": the firms, named whole)
