"""Which of one article's figures count for a tracked name, for /track.

A figure counts when its subject names the company ("云帆科技营收"). A company's own results
article mostly does not: it names the company in the title (or, untitled, in its opening or
announcing line) and then writes bare metrics — "营业收入52.3亿元", "净利润6.1亿元",
"Net income was $310 million". Such a figure counts for the name too, but only when nothing
else can own it, because a figure shown under the wrong company is worse than one left out:

- the article is about the name: the title names it and no other company, nor does the
  text's first sentence (a comparison
  "宁德时代、比亚迪三季报" gives bare figures to neither), and not as part of a longer name
  ("腾讯云营收增长" is 腾讯云's article, not 腾讯's); an untitled text names it as the
  company of its first sentence (`subject_company`) or as its one announcer of results
  (`announcing_sentence`, the rule /ask uses for a note's own company, less "X宣布");
- the article is no multi-company piece: no other company is the subject of result figures
  in two or more sentences;
- the figure's subject is a bare metric ("营收", "归母净利润", "公司营业收入", "revenue"), with
  nothing left that could be an entity or a segment;
- the figure is no line of business's (/ask's `segment_scoped`: "调味品实现收入19.39亿元");
- the figure's own sentence names no other company (nor person or known place), and the last sentence
  before it that names a company names the name alone (or none does, since the title): "比亚迪同期营收增长25%。净利润增长30%。"
  leaves both numbers out.

A stand-in for the company ("公司", "该公司", "本集团", "the company's", "the firm's") is a bare subject too;
"集团" / "the group" only when the article calls the company a group (in 腾讯云's article 集团 is the
parent). A bare figure after a line of business's figure in its sentence is the line's. Who is no other
company: a byline's reporter, the name's legal form (东湖新能源科技公司), a business line (储能电池业务),
a clause ending in 公司 ("主要原因在于公司"), a word after "its" ("its Pacific routes").

The counted figure gets the article's spelling of the name in front of its subject
("云帆科技营业收入"), so it joins the series of the figures that name the company themselves.
Pure: text and figures in, figures out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.answer.announcer import announcing_sentence
from summarizer.answer.generic_title import descriptor_title
from summarizer.answer.names import _ORG_SUFFIXES, claimers
from summarizer.answer.scope import segment_scoped
from summarizer.answer.text import pos_cut
from summarizer.lang import detect_lang
from summarizer.model import Figure
from summarizer.normalize import normalize
from summarizer.speakers_zh_company import (
    _ANY_COMPANY_RE,
    _KIND,
    GENERIC_COMPANY,
    subject_company,
)
from summarizer.split import split_sentences
from summarizer.track import classify_metric
from summarizer.traditional import to_simplified
from summarizer.watch import NameMatcher, fold

logger = logging.getLogger(__name__)

__all__ = ["article_company", "bare_metric", "claim_bare", "owned_figures"]

# The metrics a company reports of itself; a bare "other" number (a price, a count) is not claimed.
_OWN_METRICS = frozenset(m + g for m in ("revenue", "net_profit", "profit", "loss", "gross_margin", "share", "volume",
                                         "users") for g in ("", "_growth"))
# What may be left of a subject besides its metric word and still name no entity or segment of its own.
_GENERIC_ZH = re.compile(r"本公司|该公司|公司|本集团|该集团|集团|整体|总体|单季度?|扣非后?|归属于?(?:上市公司|母公司)?(?:股东)?|归母"
                         r"|营业总?|总额|总|销售|合计|累计|的")
_GENERIC_EN = frozenset("""its the company's company the group's group's firm's firm total net quarterly annual adjusted overall
    consolidated reported group""".split())
_LEADING_GENERIC = re.compile(r"^(?:本公司|该公司|公司|本集团|该集团|集团|its\s+|the\s+(?:company|group|firm)(?:'s)?\s+)",
                              re.IGNORECASE)
# A stand-in that means a group: the article's company only when the article calls it a group itself ("龙湖集团",
# "Harbor Group"); in "腾讯云营收增长…集团净利润…" the group is the parent, not the name.
_GROUP_WORD = re.compile(r"集团|\bgroup\b", re.IGNORECASE)
_GROUP_TAIL = re.compile(r"\s*(?:集团|控股|group\b|holdings\b)", re.IGNORECASE)
# Who wrote or filed the piece, not whom it is about: "本报讯（记者 王小明）", "（通讯员 李华）".
_BYLINE = re.compile(r"[（(](?:本报|[\u4e00-\u9fffA-Za-z]{1,8})?(?:记者|通讯员|实习生|编辑)[^）)]{0,30}[）)]|^\s*本报讯"
                     r"|(?:本报)?(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*(?:报道|摄)")
# Period words jieba tags as plain nouns ("2022年度公司实现…").
_PERIOD_WORDS = frozenset({"年度", "季度", "报告期", "报告期内", "期内", "全年", "同期", "当期", "本期", "上半年", "下半年"})
# After "its <Name>", words that make the name another company's ("its Acme unit", "its Pacific Freight subsidiary").
_OWNER_AFTER = re.compile(r"\s+(?:unit|units|subsidiary|subsidiaries|division|arm|affiliate|parent|customer|customers"
                          r"|supplier|suppliers|partner|partners|rival|rivals|peer|peers|business|joint venture|stake)\b")
# After a company-shaped word, what makes it a line of business or a market ("储能电池业务", "新能源汽车市场").
_LINE_AFTER = re.compile(r"业务|板块|产品|领域|行业|市场|项目|产能|技术|赛道")
# A kind of company alone ("科技公司", "股份有限公司" after 东湖新能源): it names nobody.
_KIND_ONLY = re.compile(rf"{_KIND}+")
# English words after a name that still name the same company ("Northwind Inc", "CATL Group").
_EN_ORG_TAILS = frozenset("inc inc. corp corp. corporation co co. ltd ltd. limited plc group holdings llc ag sa se nv"
                          .split())
# Capitalised words an English headline uses besides names ("Northwind Robotics Third-Quarter Revenue Rises").
_HEADLINE_WORDS = frozenset("""a an the and or of in on at to for as with by from after before over amid its their new
    q1 q2 q3 q4 h1 h2 fy first second third fourth quarter quarterly first-quarter second-quarter third-quarter
    fourth-quarter full-year half-year annual year results result earnings revenue revenues sales profit profits net
    income loss losses margin margins shares stock guidance forecast outlook estimates record posts post reports report
    beats beat misses miss rises rise falls fall jumps jump surges surge slips slip drops drop grows grow climbs climb
    sinks sink tops top raises raise cuts cut lifts lift says say sees see expects expect boosts boost hits hit soars
    soar plunges plunge dips dip doubles more less than up down higher lower strong weak dividend buyback demand growth
    despite beats tops narrows widens swings""".split())
# Tags of a word that goes on naming something ("腾讯" + "音乐"): a longer name, not the name.
_NAMING_FLAGS = ("n", "nr", "ns", "nt", "nz", "eng", "j")
_METRIC_START = re.compile(r"营业收入|营收|收入|营业额|销售额|销量|净利|利润|盈利|亏损|毛利|市场份额|份额|市占率|交付|出货"
                           r"|用户|业绩|财报|年报|季报|中报|半年报|股价|发布|公告|宣布|披露|公布|预计|表示|称")
_PEER_SENTENCES = 2  # another company with result figures in this many sentences: a multi-company piece


def bare_metric(figure: Figure) -> bool:
    """A figure of a reported metric whose subject names nobody: "营业收入", "公司归母净利润", "Net income"."""
    if figure.kind != "figure" or not figure.subject or figure.estimate == "estimate":
        return False
    metric, entity = classify_metric(figure)
    if metric not in _OWN_METRICS:
        return False
    if re.search(r"[\u4e00-\u9fff]", entity):
        return not _GENERIC_ZH.sub("", entity).strip()
    return all(word in _GENERIC_EN for word in entity.split())


def _continues_name(rest: str) -> bool:
    """Whether the text right after a name goes on naming something longer ("云" of 腾讯云, "Music")."""
    rest = rest.lstrip()
    if not rest or _METRIC_START.match(rest):
        return False
    if re.match(r"[\u4e00-\u9fff]", rest):
        if any(rest.startswith(suffix) for suffix in _ORG_SUFFIXES):
            return False
        first = next(iter(pos_cut(rest[:12], hmm=False)), None)
        return first is not None and first.flag.startswith(_NAMING_FLAGS)
    word = re.match(r"[A-Za-z][\w&.'-]*", rest)
    if word is None:
        return False
    text = word.group().lower()
    return word.group()[0].isupper() and text not in _EN_ORG_TAILS and text not in _HEADLINE_WORDS


def _named_here(matcher: NameMatcher, text: str) -> str | None:
    """The spelling of the name in `text` when it stands as a whole name there, not inside a longer one."""
    folded = fold(text)
    for span in matcher.spans(text):
        if span.start > 0 and re.match(r"[\u4e00-\u9fffA-Za-z0-9]", folded[span.start - 1]) \
                and not re.match(r"[\u4e00-\u9fff]", folded[span.start]):
            continue  # a Latin name glued to a word before it
        if not _continues_name(text[span.end:] if len(folded) == len(text) else folded[span.end:]):
            return text[span.start:span.end] if len(folded) == len(text) else folded[span.start:span.end]
    return None


def _others(matcher: NameMatcher, sentence: str) -> list[str]:
    """Companies (and other owners of numbers: people, known places) that a sentence names besides the name;
    not the reporter of a byline, nor a word the company's own "its" opens ("its Pacific routes")."""
    sentence = _BYLINE.sub("", sentence)
    folded = fold(sentence)
    mine = matcher.spans(sentence)
    found = []
    for start, end, word in claimers(folded, sentence if len(folded) == len(sentence) else folded, True):
        # People count too: jieba tags many companies as people (比亚迪/nr), so a person is no exception.
        if not (any(s.start < end and start < s.end for s in mine) or matcher.found(word)
                or re.search(r"\bits\s+$", folded[:start]) and not _OWNER_AFTER.match(folded, end)):
            found.append(word)
    for m in _ANY_COMPANY_RE.finditer(folded):
        word = _name_part(m.group())
        if word is None or word in GENERIC_COMPANY or _KIND_ONLY.fullmatch(word) or _LINE_AFTER.match(folded, m.end()) or word.endswith(("子公司", "母公司", "分公司", "上市公司")) or word.startswith(("该", "本", "其")) \
                or any(s.start < m.end() and m.start() < s.end for s in mine) or matcher.found(word):
            continue
        found.append(word)
    return found


def _name_part(match: str) -> str | None:
    """A company-shaped match less the words before the name ("与星河电子" -> 星河电子); None when nothing
    but the kind is left ("上半年公司实现…": a time word before 公司 is no name; "主要原因在于公司",
    "增幅小系公司": the words before a verb or preposition are the clause's, not a name's; "年度公司")."""
    tokens = list(pos_cut(match, hmm=False))
    verbs = [i for i, t in enumerate(tokens) if t.flag[:1] in "vpc"]
    if verbs:
        tokens = tokens[verbs[-1] + 1:]
    while tokens and (tokens[0].flag[:1] in "tfrcmpdqu" or tokens[0].word in _PERIOD_WORDS or tokens[0].word.isdigit()):
        tokens = tokens[1:]
    rest = "".join(t.word for t in tokens)
    kind = re.search(rf"{_KIND}$", rest)
    if kind is None or not _ANY_COMPANY_RE.fullmatch(rest):
        return None
    # "受原材料": the kind is the end of a common word (原材料/n), not a company ending after a name;
    # a name jieba knows whole (中国银行/nt) stays a name.
    at = 0
    for token in tokens:
        if at < kind.start() < at + len(token.word):
            return rest if token.flag.startswith(_NAMING_FLAGS) and token.flag != "n" else None
        at += len(token.word)
    return rest


def _other_capitals(matcher: NameMatcher, title: str) -> bool:
    """An English title with a capitalised word that is neither the name nor a headline word: another
    name ("Acme and Northwind Robotics Report Results"), which `claimers` may glue to the words beside it."""
    if re.search(r"[\u4e00-\u9fff]", title):
        return False
    mine = matcher.spans(title)
    return any(w.group()[0].isupper() and w.group().lower().removesuffix("'s") not in _HEADLINE_WORDS
               and w.group().lower() not in _EN_ORG_TAILS and not any(s.start <= w.start() < s.end for s in mine)
               for w in re.finditer(r"[A-Za-z][\w&'.-]*", title))


def article_company(name: str, title: str | None, sentences: Sequence[str], lang: str) -> str | None:
    """The article's spelling of `name` when the article is about that company alone, else None."""
    matcher = NameMatcher(name)
    if title and title.strip() and not descriptor_title(title):
        spelling = _named_here(matcher, title)
        # "云帆科技与星河电子相继发布三季报" opening the text: a piece about both, whatever the title.
        if spelling is None or _others(matcher, title) or _other_capitals(matcher, title) \
                or sentences and _others(matcher, sentences[0]):
            return None
        return spelling
    if lang != "zh" or not sentences:
        return None
    lead = subject_company(_BYLINE.sub("", "".join(sentences[:3])), 0)
    announcer = announcing_sentence(sentences, None)
    if announcer and announcer.endswith(("宣布", "龙头", "領頭", "领军企业", "领先企业")):
        # "国铁集团宣布…" in a note on 大秦铁路: who announces news, not who reports results. A leader line
        # ("X是A股…龙头", read by /ask since ask16) is left out here too, so /track is as it was.
        announcer = None
    for line in (lead, announcer):
        if line and (spelling := _named_here(matcher, line)) is not None:
            return spelling
    return None


def _split(text: str) -> tuple[list[str], str]:
    """The article's sentences as the analysis numbered them (`Figure.sentence_index`), and its language."""
    normalized = to_simplified(normalize(text))
    lang = detect_lang(normalized) if normalized else "zh"
    return [span.text for span in split_sentences(normalized, lang)] if normalized else [], lang


def _multi_company(matcher: NameMatcher, figures: Sequence[Figure]) -> bool:
    """Whether another company is the subject of result figures in several sentences."""
    sentences: dict[str, set[int]] = {}
    for figure in figures:
        if figure.kind != "figure" or not figure.subject or bare_metric(figure) or matcher.found(figure.subject):
            continue
        metric, entity = classify_metric(figure)
        if metric in _OWN_METRICS and _others(matcher, figure.subject):
            sentences.setdefault(entity, set()).add(figure.sentence_index)
    return any(len(found) >= _PEER_SENTENCES for found in sentences.values())


def owned_figures(name: str, title: str | None, text: str, figures: Sequence[Figure]) -> list[Figure]:
    """The figures of one article that count for `name`: those whose subject names it, and its bare
    metrics when the article is about it alone (see the module's rules), given its subject."""
    matcher = NameMatcher(name)
    named = [f for f in figures if f.kind == "figure" and f.subject and matcher.found(f.subject)]
    return named + _bare_owned(matcher, name, title, text, figures)


def claim_bare(name: str, articles: Sequence[tuple[str | None, str, Sequence[Figure]]]) -> list[list[Figure]]:
    """For each (title, text, figures) article, its bare-metric figures that count for `name`, given
    its subject: one call for many articles, so that /track sends the jieba work to the analysis
    worker in one trip (the bot's own process never loads the dictionary)."""
    matcher = NameMatcher(name)
    return [_bare_owned(matcher, name, title, text, figures) for title, text, figures in articles]


def _bare_owned(matcher: NameMatcher, name: str, title: str | None, text: str,
                figures: Sequence[Figure]) -> list[Figure]:
    bare = [f for f in figures if bare_metric(f)]
    if not bare:
        return []
    if title and title.strip() and _named_here(matcher, title) is None and not descriptor_title(title):
        return []  # the common case, decided before the text is split
    if _multi_company(matcher, figures):
        return []
    sentences, lang = _split(text)
    spelling = article_company(name, title, sentences, lang)
    if spelling is None:
        return []
    claimed: dict[int, bool] = {}
    owned = []
    group = None
    for figure in bare:
        if _GROUP_WORD.search(figure.subject or ""):
            if group is None:
                group = _called_group(matcher, name, title, text)
            if not group:
                continue
        index = figure.sentence_index
        if not 0 <= index < len(sentences) or fold(figure.text) not in fold(sentences[index]):
            continue  # the sentence is not the one the figure was read from: unsure
        if index not in claimed:
            claimed[index] = _mine_at(matcher, sentences, index)
        if claimed[index] and not _segment_line(figure, sentences[index], spelling) \
                and not _after_a_line(matcher, figure, figures, sentences[index], spelling):
            owned.append(replace(figure, subject=_with_name(spelling, figure.subject or "", lang)))
    if owned:
        logger.debug("%d bare figures counted for %s", len(owned), name)
    return owned


def _at(figure: Figure, sentence: str) -> int:
    """Where a figure's number stands in its sentence (folded), -1 when not found."""
    folded = fold(sentence)
    return folded.find(fold(figure.text), max(folded.find(fold(figure.context)), 0))


def _after_a_line(matcher: NameMatcher, figure: Figure, figures: Sequence[Figure], sentence: str,
                  spelling: str) -> bool:
    """Whether a result of something other than the company comes before the figure in its sentence:
    in "其中，水稻种子收入达3.9亿元，收入较上年同期增长37.05%，销量增长4.43%" the bare 收入 and 销量 go on
    about the seeds, not the company."""
    at = _at(figure, sentence)
    for other in figures:
        if other is figure or other.sentence_index != figure.sentence_index or other.kind != "figure" \
                or not other.subject or other.estimate == "estimate" or matcher.found(other.subject):
            continue
        if classify_metric(other)[0] not in _OWN_METRICS:
            continue
        if bare_metric(other) and not _segment_line(other, sentence, spelling):
            continue
        if 0 <= _at(other, sentence) < at:
            return True
    return False


def _called_group(matcher: NameMatcher, name: str, title: str | None, text: str) -> bool:
    """Whether the article calls its company a group ("龙湖集团", "Harbor Group", "X Holdings"), so that
    "集团" / "the group" stands for it and not for a parent."""
    if _GROUP_TAIL.search(name):
        return True
    whole = f"{title or ''}\n{text}"
    folded = fold(whole)
    return any(_GROUP_TAIL.match(folded, span.end) for span in matcher.spans(whole))


def _segment_line(figure: Figure, sentence: str, spelling: str) -> bool:
    """A line of business's figure ("调味品实现收入19.39亿元", "其中种业业务收入…"), by /ask's segment rules."""
    folded = fold(sentence)
    at = folded.find(fold(figure.text), max(folded.find(fold(figure.context)), 0))
    return at < 0 or segment_scoped(folded, at, (spelling,), "", sentence if len(sentence) == len(folded) else "")


def _mine_at(matcher: NameMatcher, sentences: Sequence[str], index: int) -> bool:
    """No other company in the sentence, and the last company named before it is the name (or none)."""
    if _others(matcher, sentences[index]):
        return False
    for before in range(index - 1, -1, -1):
        # "云帆科技拟收购星河电子。该公司去年营收10亿元": with another company beside the name, whose
        # figure follows is unsure.
        if _others(matcher, sentences[before]):
            return False
        if matcher.found(sentences[before]):
            return True
    return True


def _with_name(spelling: str, subject: str, lang: str) -> str:
    """"云帆科技" + "公司营业收入" -> "云帆科技营业收入"; "Northwind" + "Net income" -> "Northwind net income"."""
    subject = _LEADING_GENERIC.sub("", subject.strip()) or subject
    if lang == "zh" or re.match(r"[\u4e00-\u9fff]", subject):
        return spelling + subject
    if re.match(r"[A-Z][a-z]", subject):
        subject = subject[0].lower() + subject[1:]
    return f"{spelling} {subject}"
