"""The parts of a page that are the same on every page of its kind: never a key sentence.

A press release ends with "About Acme" (who the company is), "Forward-Looking Statements"
(the lawyers' caution), the conference-call notice and the contacts; a brokerage note ends
with 风险提示 (the standard risks); a news page ends with a list of related links
("相关阅读：", "Read more:"). None of it is about what happened, yet it is written in full
sentences and often with figures ("serves more than 400 customers in 20 countries"), so the
news-value rules alone would show it. Two rules, both about the page's form:
- a section: a heading that names such a part opens it, and it runs to the next heading
  (a line alone in its paragraph without end punctuation); a list of links runs over the
  single-line paragraphs after its heading;
- a sentence: the standard wording of such a part, wherever it stands ("This press release
  contains forward-looking statements", "undertakes no obligation to update", "风险提示：…").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

logger = logging.getLogger(__name__)

__all__ = ["boilerplate", "is_boilerplate_heading", "is_boilerplate_sentence", "is_disclaimer"]

# Headings that open a part which is not the story.
_SECTION_HEADING_RE = re.compile(
    r"^(?:About\s+(?![\d$€£]|(?:Half|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Thirty|Forty|Fifty|"
    r"Hundred|Dozen|A\s+(?:Third|Quarter|Fifth|Tenth|Dozen|Hundred|Thousand|Million|Billion))\b)[A-Z0-9][^.!?]{0,60}|(?:Cautionary|Special)\s+(?:Note|Statement|Language)s?\b[^.!?]{0,60}"
    r"|(?:Note\s+(?:Regarding|on|About)\s+)?Forward[- ]Looking\s+(?:Statements?|Information)\b[^.!?]{0,40}"
    r"|Safe\s+Harbou?r(?:\s+Statement)?|Conference\s+Call(?:\s+(?:and|&)\s+Webcast)?(?:\s+Information)?|Webcast"
    r"|(?:Investor|Media|Press|Company)(?:\s+(?:Relations|and\s+Media))?\s+Contacts?|Contacts?(?:\s+Information)?"
    r"|Disclaimer|Non-GAAP\s+Financial\s+Measures|Use\s+of\s+Non-GAAP\s+Financial\s+Measures"
    r"|风险提示|风险因素|主要风险|风险分析|免责声明|免责条款|特别声明|法律声明|重要声明|分析师声明"
    r"|(?:关于|有关)?前瞻性(?:陈述|声明|信息)(?:的)?(?:说明|提示|声明|安全港声明)?|安全港声明"
    r"|(?:媒体|投资者|新闻|公关)(?:关系)?(?:联系|联络)(?:人|方式|信息)?|投资者关系|联系方式|新闻联络人?)\s*[:：]?$",
    re.IGNORECASE,
)
# Headings of a list of links: only the one-line paragraphs after them belong to the list.
_LINKS_HEADING_RE = re.compile(
    r"^(?:相关阅读|延伸阅读|推荐阅读|相关新闻|相关报道|更多阅读|更多报道|往期回顾|往期推荐|相关链接|热门推荐|猜你喜欢|"
    r"Read more|Related(?:\s+(?:Articles?|Stories|Links|Coverage|News|Content|Reading))?|More from [^.!?]{1,40}"
    r"|See also|Recommended(?:\s+for you)?|Further reading|More on this story|You may also like)\s*[:：]?$",
    re.IGNORECASE,
)
# The standard wording of those parts, wherever it stands.
_RISK_LIST_RE = re.compile(r"^[（(【\[]?\s*(?:风险提示|风险因素|主要风险|风险分析|免责声明)\s*[】\])）]?\s*[：:]")
# Chinese risk headings open one paragraph (the list of risks), not the rest of the note.
# (A release's 关于…, 前瞻性陈述 and 联系 parts run to the next heading, as English ones do.)
_ONE_PARAGRAPH_RE = re.compile(r"^(?:风险|主要风险|免责|特别声明|法律声明|重要声明|分析师声明)")
_SENTENCE_RE = re.compile(
    r"\b(?:contains|include|constitute)s?\s+[\"“]?forward[- ]looking\s+statements\b"
    r"|\b(?:undertakes?|assumes?)\s+no\s+(?:obligation|duty|responsibility)\s+to\s+(?:publicly\s+)?(?:update|revise)"
    r"|\bactual\s+results\s+(?:could|may|might|will)\s+differ\s+materially\b"
    # (a bare "call" only about results: "The president will host a call with leaders" is news)
    r"|\b(?:will|to)\s+host\s+an?\s+(?:conference\s+call|webcast|live\s+webcast"
    r"|call\b(?=[^!?]{0,100}\b(?:results|earnings|investors|analysts|shareholders|financial))"
    r"|(?:earnings|investor|analyst)\s+call)\b"
    r"|\b(?:A\s+)?(?:live\s+)?webcast\s+(?:of\s+the\s+(?:call|conference\s+call)\s+)?will\s+be\s+(?:available|accessible)\b"
    r"|^For\s+(?:more|further|additional)\s+information,?\s+(?:please\s+)?(?:visit|see|go\s+to|contact)\b"
    # the same caution in a Chinese release: "本新闻稿包含前瞻性陈述", "公司不承担更新任何前瞻性陈述的义务"
    r"|包含[^。；]{0,20}前瞻性(?:陈述|声明)|不承担[^。；]{0,30}(?:更新|修订)[^。；]{0,20}(?:义务|责任)"
    r"|实际(?:结果|业绩)[^。；]{0,30}(?:存在|出现)?重大差异",
    re.IGNORECASE,
)
_END_MARKS = "。！？!?.．;；…"
_CLOSERS = "”’\"'）)]】」』》〉"


def is_boilerplate_heading(text: str) -> bool:
    """A heading that opens a part of the page that is not the story."""
    stripped = text.strip()
    return bool(_SECTION_HEADING_RE.match(stripped) or _LINKS_HEADING_RE.match(stripped))


def is_boilerplate_sentence(text: str) -> bool:
    """A sentence in the standard wording of a disclaimer, a call notice or a risk list."""
    stripped = text.strip()
    return bool(_RISK_LIST_RE.match(stripped) or _SENTENCE_RE.search(stripped))


# A contact line ("Jenna Ortiz, press@acme.example", "电话：0571-8888-0166") has no end mark but
# is no heading: it does not end the contacts section it stands in.
_CONTACT_RE = re.compile(r"@|\bwww\.|https?://|\+?\d[\d ()-]{6,}\d|电话|邮箱|传真")
# "关于星衡医疗" is a release's About when the next paragraph opens on the name it gives
# ("星衡医疗成立于2012年…"); "关于收购的原因" over "银川港务表示…" is the story's own heading.
_ABOUT_ZH_RE = re.compile(r"^关于\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9·&（）()]{2,20}?)(?:公司|集团)?\s*[:：]?$")


def _heading(text: str, alone: bool) -> bool:
    stripped = text.strip().rstrip(_CLOSERS + " ")
    return alone and bool(stripped) and stripped[-1] not in _END_MARKS


def about_company_zh(heading: str, following: str) -> bool:
    """Is `heading` a Chinese release's 关于<company> over the paragraph `following`?"""
    match = _ABOUT_ZH_RE.match(heading.strip())
    if match is None:
        return False
    name = match.group("name")
    return name == "我们" or following.lstrip().startswith(name[:4])


def boilerplate(texts: Sequence[str], paragraphs: Sequence[int], *, risks: bool = True) -> list[bool]:
    """Per sentence: does it belong to a part of the page that is not the story?

    With `risks=False` a note's risk list and a site's notice are not counted: only a release's
    About, its forward-looking caution, its call notice and its contacts (a Chinese note's
    风险提示 paragraph can run on into its EPS forecast, whose figures are the note's own).

    A sentence opening with 风险提示： takes the rest of its paragraph with it (the splitter
    cut the list of risks at its ；). A section runs from its heading to the next heading;
    a list of links over the one-line paragraphs after its heading, up to the first longer one.
    """
    n = len(texts)
    size: dict[int, int] = {}
    for p in paragraphs:
        size[p] = size.get(p, 0) + 1
    flags = [False] * n
    section = links = risky = False
    section_end: int | None = None  # the last paragraph of a one-paragraph section
    for i, text in enumerate(texts):
        alone = size[paragraphs[i]] == 1
        opens = i == 0 or paragraphs[i] != paragraphs[i - 1]
        if opens:
            if section_end is not None and paragraphs[i] > section_end:
                section, section_end = False, None
            if _heading(text, alone) and not (section and _CONTACT_RE.search(text)):
                stripped = text.strip()
                section = bool(_SECTION_HEADING_RE.match(stripped)) or about_company_zh(
                    stripped, texts[i + 1] if i + 1 < n else "")
                links = bool(_LINKS_HEADING_RE.match(stripped))
                risky = section and bool(_ONE_PARAGRAPH_RE.match(stripped))
                section_end = paragraphs[i + 1] if risky and i + 1 < n else None
                flags[i] = (section and (risks or not risky)) or links
                continue
            if links and not alone:
                links = False
        if is_boilerplate_sentence(text) and (risks or not _RISK_LIST_RE.match(text.strip())):
            flags[i] = True
            if risks and _RISK_LIST_RE.match(text.strip()):  # 风险提示：… to the end of its paragraph
                for j in range(i + 1, n):
                    if paragraphs[j] != paragraphs[i]:
                        break
                    flags[j] = True
        if (section and (risks or not risky)) or (links and alone):
            flags[i] = True
    return flags


_DISCLAIMER_RE = re.compile(
    r"保证[^，。；]{0,12}内容的?真实、准确(?:、|和|与)完整|对[^，。；]{0,12}虚假记载、误导性陈述或者?重大遗漏"
    r"|不构成(?:任何)?投资建议|仅供参考[，,]?(?:不|勿)|投资有风险[，,]\s*入市需谨慎|据此(?:操作|投资)[，,]?\s*风险自担"
    r"|\b(?:does not|do not|doesn't) constitute (?:investment|financial) advice|\bfor informational purposes only\b",
    re.IGNORECASE,
)


def is_disclaimer(text: str) -> bool:
    """The publisher's or issuer's standard disclaimer ("本公司及董事会全体成员保证公告内容的
    真实、准确和完整…", "投资有风险，入市需谨慎", "does not constitute investment advice"):
    on every page of its kind, about none of them. "审计报告存在虚假记载" is news, not one."""
    return bool(_DISCLAIMER_RE.search(text))
