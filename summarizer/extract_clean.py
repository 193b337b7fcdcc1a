"""Stage 3 of the page extraction: what trafilatura keeps that is not the article.

trafilatura's main-content pick on Chinese news sites keeps editor and copyright lines,
share/QR-code prompts, link lists, "related articles" and comment sections that follow the
article, and teaser streams of other stories. This module works on trafilatura's body tree
(paragraphs, headings, list items with links kept as <ref>) and drops those blocks, then
renders the text.

Every line is judged alone: a body of <br>-separated lines, or one that trafilatura's fallback
returned as the page's own <div>s, is first cut into one block per line. Lines are judged in
their simplified form, so Taiwan's and Hong Kong's 編輯/來源 lines read like 编辑/来源. Besides
the sections that end the article: the headline and the date/source/byline lines above the lead,
captions (unless the page is little more than its photos), app promotions, tip lines, action
bars, hashtags, newsletter prompts, contributor credits, and pull quotes that repeat a paragraph.
A related-reading line that is itself a link ("延伸阅读：《…》") sits inside the story: only it goes.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

from lxml import etree
from trafilatura.xml import xmltotxt

from summarizer.traditional import to_simplified
from summarizer.extract_notices import TAIL_MARKS, is_notice_line
from summarizer.extract_stamps import is_reader_appeal, is_stamp_line

log = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 100

_SPACE = re.compile(r"\s+")
_NO_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff]")

# --- stage 3 rules -----------------------------------------------------------------
# A short block that opens a section which is never part of the article: everything
# from it to the end is dropped (once some article text has been seen).
_TAIL_HEADINGS = re.compile(
    r"^[\s【\[（(<《「#>·•■▌|-]*(?:"
    r"相关(?:阅读|新闻|文章|推荐|链接|报道|资讯|专题|内容|话题|视频)|"
    r"(?:推荐|延伸|扩展|拓展|热门|精彩|更多|往期|猜你)(?:阅读|推荐|文章|新闻|资讯|内容|喜欢|精选|视频|专题)|"
    r"热点(?:推荐|新闻|资讯|排行)|为你推荐|猜你喜欢|你可能(?:还)?(?:喜欢|感兴趣)|大家都在看|"
    r"(?:热门|最热|最新|精彩|网友|全部|相关)(?:评论|跟贴|跟帖|回复)|评论(?:区|列表)?|跟贴|跟帖|"
    r"我要(?:评论|纠错|分享)|发表评论|参与评论|查看(?:全部|更多)?评论|\d+\s*条评论|"
    r"风险提示及免责|免责(?:声明|条款)\s*$|"
    r"Related (?:articles|stories|posts|news|coverage)|Recommended(?: for you| stories| articles)?|"
    r"Also read|See also|Don'?t miss|Related\s*:|(?:Watch|Listen|Video)\s*:|"
    r"More (?:stories|from|on this)|Read (?:more|next)|Most (?:read|popular)|Comments?\b|"
    r"You (?:may|might) also like|"
    # the end mark of a WeChat-style article: what follows is the account's promotion
    r"[-—–=_\s]*(?:THE\s+)?END[-—–=_\s]*$|全文完|"
    + TAIL_MARKS  # an announcement's signature (summarizer.extract_notices)
    + r")",
    re.IGNORECASE,
)
# A very short block naming a section by its last word ("网易跟贴", "精彩视频推荐").
_SECTION_WORD = re.compile(r"^.{0,6}(?:评论|跟贴|跟帖|推荐|排行榜?)[\s】\]>»]*$")
# Lines dropped wherever they stand: they belong to the page, not to the story.
_BOILERPLATE_LINE = re.compile(
    r"^[\s【\[（(]*(?:"
    r"(?:责任|实习|值班|本文)?编辑\s*[:：|]|责编\s*[:：]|审核\s*[:：]|校对\s*[:：]|监制\s*[:：]|"
    r"(?:点击|长按|扫码|扫描|识别).{0,20}(?:关注|二维码|下载|订阅|阅读原文)|"
    r"(?:关注|订阅)(?:我们|公众号|微信|微博|官方)|"
    r"(?:分享|转发|收藏|点赞|在看|打赏|举报)(?:到|至|本文|此文|文章)?\s*[:：|]?\s*$|"
    r"(?:原文|本文)?(?:链接|地址)\s*[:：]\s*https?://|"
    r"Copyright|©|版权所有|All Rights Reserved|"
    r".{0,30}(?:未经|未获).{0,20}(?:授权|许可).{0,20}(?:转载|使用|复制)|"
    r"(?:转载|转发)请注明|"
    r"(?:免责|特别|郑重)声明\s*[:：]|(?:风险提示|风险因素)\s*[:：]|"
    r".{0,30}不构成(?:任何)?(?:投资|买卖)建议|市场有风险[，,]\s*投资需谨慎|"
    # where the story came from and what it was first called, prev/next links, tip lines
    r"(?:文章|本文|稿件)?来源\s*[:：]|原标题\s*[:：]|(?:上|下)一(?:篇|条)\s*[:：]|"
    # a video's or picture's credit ("视频来源：澎湃新闻 记者 X 剪辑 Y", "题图来自：视觉中国") and a
    # reposter's preface ("本文来自微信公众号：X（ID：…），作者：Y")
    r"(?:视频|图片|题图|封面|音频)(?:图片?)?(?:来源|来自)\s*[:：]|剪辑\s*[:：]|本文(?:来自|转载自|转自|首发于)(?:微信)?公众号|"
    # an app's name alone, left by a download box ("新浪财经APP"), and a bare attachment label
    r"[\u4e00-\u9fffA-Za-z]{1,10}(?:APP|App|客户端)\s*$|(?:相关)?附件\s*[:：]?\s*$|"
    r".{0,8}(?:报料|爆料)(?:热线|电话|邮箱)?\s*[:：]|"
    # a platform's or reposter's notice: "…经授权发布，不代表…立场", "该文观点仅代表作者本人", "返回…，查看更多"
    r".{0,40}(?:经授权发布|不代表.{0,12}(?:立场|观点)|如(?:若|需)转载|(?:观点|内容)仅代表作者)|"
    r"返回.{1,8}[，,]?\s*查看更多|"
    # an app promotion: "尽在新浪财经APP", "打开…APP，查看更多", "请下载…客户端"
    # (only the promotion's own wording: "打开支付宝APP进行缴费" is news)
    r".{0,16}(?:下载|打开|尽在|安装|前往|登录).{0,12}(?:APP|App|客户端)\s*(?:[，,]?\s*(?:查看|阅读|获取|看)更多|随时随地|第一时间|[。！!]?\s*$)"
    r")",
    re.IGNORECASE,
)
# Lines that are a page's furniture by their form: hashtags, an action bar of counters and
# buttons ("+1 收藏 我要举报", "【打印本页】【关闭窗口】"), a wire's contributor line, a newsletter
# or subscription prompt.
_FURNITURE_LINE = re.compile(
    r"^(?:#\S+\s*){2,}$"
    r"|^(?=.*[\u4e00-\u9fffA-Za-z]{2})(?:[【\[]?\s*(?:[+\d.]+[万wW]?|收藏|分享(?:到)?|举报|我要举报|点赞|赞|评论|我要评论|阅读|转发|打赏|在看|"
    r"打印(?:本页|此文)?|关闭(?:窗口|本页)?|字[体号]\s*[:：]?\s*[大中小]?|[大中小]|纠错|微信|微博|QQ(?:空间)?|复制链接)"
    r"\s*[】\]]?[\s|:：]*){2,}$"
    r"|^.{0,120}\bcontributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\.?$"
    r"|^.{0,160}\b(?:Sign up|Subscribe) (?:here|now|today|for free)[.!]?$|^(?:Sign up|Subscribe)(?: now| here| today)?\s*:"
    r"|^(?:Sign up|Subscribe) (?:to|for) (?:our|the|\w+'s)\b.{0,80}\bnewsletter"
    r"|^(?:Advertisement|广告)$"
    # a publisher's rights notice, whatever its length: "此内容为…原创，著作权归…所有。未经…书面授权，不得…"
    r"|^.{0,40}(?:著作权|版权)(?:归|属于).{0,80}(?:未经|未获).{0,30}(?:授权|许可)|^如需(?:获得|获取)?(?:授权|转载)"
    # an ad slot's marker: "請繼續往下閱讀...", "Story continues below"
    r"|^请?(?:继续|往下|下滑)(?:往下)?(?:阅读|浏览)|^(?:Story|Article) continues below|^Continue reading below"
    # a button's or a widget's words: "Share", "Listen to this article 5 min", "4 min read"
    r"|^(?:Share(?: this(?: article| story)?)?|Tweet|Email|Print|Save(?: article| story)?|Copy link|Reply|Like|Follow)$"
    r"|^(?:Listen to (?:this )?(?:article|story)|Gift (?:this )?article)\b.{0,30}$|^\d+\s*min(?:ute)?s?\s*read$"
    r"|^Thanks for reading\b.{0,120}(?:subscribe|support)"
    r"|^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Edited) by\b"
    # a wire's assistance credit and update note: "— With assistance from Jane Roe",
    # "(Updates with share move in third paragraph.)"
    r"|^[—–-]+\s*With assistance (?:from|by)\b|^\((?:Updates|Adds|Recasts|Corrects|Rewrites|Refiles)\b[^()]{0,160}\)$"
    # a tip-line or subscription pitch: "Have a confidential tip for our reporters? Get in touch",
    # "Get unlimited access to local news for $1 for the first 3 months.", "… LEARN MORE"
    r"|^(?:Have|Got) a (?:confidential |news )?tip\b|^(?:Get|Enjoy|Unlock) (?:unlimited|full|digital|premium) access\b"
    r"|(?-i:^.{0,120}\b(?:LEARN MORE|Learn more)\s*[.›»>]?$)"
    # a live page's post byline and timestamp: "From Metro Wire’s Jane Roe", "2:41 p.m. ET, December 1, 2026"
    r"|(?-i:^From [A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,4}['’]s [A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3}$)"
    r"|^\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}$"
    # a portal's footer links and a newswire's closing line
    r"|^(?:Terms(?: of (?:Use|Service))?\s*(?:and|&)\s*)?Privacy(?: (?:Policy|Dashboard|Choices|Notice))?$"
    r"|^Terms(?: of (?:Use|Service))?$|^View original content\b"
    # an author's tagline: "Jane Roe covers farming for The Ledger. Reach her at jroe@… or 555-0142."
    r"|^[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3} (?:covers|writes about|reports on|is a (?:staff )?(?:reporter|writer|correspondent)\b)"
    r".{0,160}\b(?:Reach|Contact|Email|Follow) (?:him|her|them)\b"
    # an accessibility toolbar's row: "无障碍 | 长者模式 | English"
    r"|^[\s|\\｜]*(?:(?:无障碍(?:浏览|阅读)?|长者模式|关怀版|适老化|繁体|简体|English|登录|注册|网站地图)[\s|\\｜]*){2,}$"
    # a newswire's header and footer of a press release: "NEWS PROVIDED BY Acme · 18 Nov, 2026",
    # "SOURCE Acme Robotics"
    r"|(?-i:^NEWS PROVIDED BY\b|^SOURCE\s+[A-Z][\w.,&'’\-]*(?:\s+[A-Z][\w.,&'’\-]*){0,5}$)"
    # a government portal's page tools: "【纠错】 【责任编辑：周静】", "扫一扫在手机打开当前页"
    r"|^[【\[]\s*纠错\s*[】\]]|^扫一扫.{0,6}(?:手机|移动端).{0,4}(?:打开|浏览|阅读)"
    # an editor's note on the story itself ("Editor's note: This article was updated to correct…")
    r"|^\(?Editor'?s'? note\s*:"
    # a wire's exchange-rate note: "($1 = 10.8100 Norwegian crowns)", "(1 美元 = 7.12 元人民币)"
    r"|^[(（]\s*(?:[$€£¥]|US\$|HK\$|A\$|C\$)?\s*1\s*[A-Za-z\u4e00-\u9fff$]{0,6}\s*=\s*[$€£¥]?\s*[\d.,]+\s*[^()（）]{1,30}[)）]$"
    # a wire's standards link: "Our Standards: The Thomson Reuters Trust Principles."
    r"|^Our Standards\s*:",
    re.IGNORECASE,
)
_FURNITURE_MAX = 200
# A block that opens as a site's notice ("免责声明：本文仅代表作者个人观点，…", "版权声明：凡注明…"):
# dropped whatever its length. Kept, its "对本文…不作任何保证" was quoted as the last speaker's words.
_NOTICE_BLOCK = re.compile(r"^[\s【\[（(]*(?:(?:免责|版权|特别|郑重|法律)(?:声明|条款)|声明)\s*[】\]）)]?\s*[:：]")
# A stream's clock time opening a list item ("21:36 【…】财联社12月5日电，…"): the page's, not the story's.
_ITEM_TIME = re.compile(r"^\s*(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)\s*")
_ITEM_TIME_REST_MIN = 20
# A caption left in the text: a short line opening with 图为 / 图： or closing with a photo
# credit ("（资料图）", "（图片来源：星途机器人）", "澎湃新闻记者 钟薇 图", "新华社记者 李明 摄").
_CAPTION_LINE = re.compile(
    r"^(?:图为|图注?[:：]|[（(]图[）)]|[▲△]\s*[^。！？]{2,40}$)"
    r"|(?:[（(](?:资料图|资料图片|图片来源[:：][^（）()]{1,24}|[^（）()，。]{0,16}(?:摄|供图))[）)]"
    r"|(?:记者|通讯员|摄影)\s*[^\s，。]{2,4}\s*(?:摄|图))\s*$"
    # English: the agency and photographer closing the caption ("(AP Photo/Jack Dempsey)",
    # "REUTERS/Erik Lund/File Photo", "Jane Roe/Getty Images")
    r"|(?:\((?:AP|AFP|Reuters|EPA) Photo/[^()]{2,40}\)|\b(?:REUTERS|AFP|EPA)/[A-Z][\w.'’ \-]{1,40}(?:/File Photo)?"
    r"|/Getty Images|via Getty Images|\((?:PRNewsfoto|PRNews Foto|Business Wire|GLOBE NEWSWIRE)/[^()]{2,60}\))\s*$"
)
_CAPTION_MAX = 80
_CAPTION_EN_MAX = 300  # an English caption is a sentence or two
# A line above the lead that only says when, where from or by whom: "2025年03月12日 09:31",
# "2025-03-12 14:27 来源：澎湃新闻", "来源：…", "作者：…", "评论(8)", "澎湃新闻记者 钟薇 实习生 许可",
# "By Jane Roe", "Updated 4:12 PM EDT, March 11, 2025".
_HEAD_META_LINE = re.compile(
    r"^(?:(?:[^\s，。！？,.!?]{2,12}\s+)?\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:星期|周)\S)?"
    r"(?:\s+[^，。！？,.!?]{0,40})?$"
    r"|(?:来源|作者|文|撰文|撰稿|主笔|出品|记者|编辑|发布时间|时间|稿源|出处|摘要)\s*(?:[:：|｜/／]|$)"
    r"|评论\s*[(（]\d+[)）]$"
    r"|[^\s，。]{0,8}(?:记者|通讯员|实习生)\s*[^\s，。]{2,4}(?:\s+(?:记者|通讯员|实习生)?\s*[^\s，。]{2,4}){0,4}$"
    r"|By\s+[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}(?:\s*(?:,|and)\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})*"
    r"(?:\s+(?:Updated|Published)\b.*)?$"
    r"|(?:Updated|Published|Posted)\b[^.]{0,60}\d{4}$"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$)",
)
_HEAD_META_MAX = 60
_LEAD_MIN = 60  # the first block this long is the lead: the head region ends there

_MODULE_BLOCK_MIN = 8  # shorter blocks ("更多", a date) match module text by chance
_SHORT_LINE = 60  # boilerplate patterns only apply to lines this short (chars)
_TAIL_HEADING_MAX = 30
_LINKED_LINE_MAX = 120  # "Read more: <a headline>" as one line

# --- stage 3: block clean-up -----------------------------------------------------------

_BLOCK_TAGS = {"p", "head", "list", "quote", "table", "code", "item", "row"}


def _blocks(body: etree._Element) -> list[etree._Element]:
    """Top-level blocks of trafilatura's body; lists are split into their items."""
    blocks: list[etree._Element] = []
    for child in body:
        if child.tag == "list" and len(child):
            blocks.extend(item for item in child if item.tag == "item")
        else:
            blocks.append(child)
    return blocks


def _text_of(el: etree._Element) -> str:
    return _SPACE.sub(" ", "".join(el.itertext())).strip()


def _link_chars(el: etree._Element) -> int:
    return sum(len(_SPACE.sub(" ", "".join(ref.itertext())).strip()) for ref in el.iter("ref"))


_SENTENCE_END = re.compile(r"[。！？!?.…;；:：”\"』」）)]$")
# Blocks of an <article> rebuilt as lines when trafilatura's fallback joined them into one.
_HTML_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dt", "dd")


def _restore_lines(body: etree._Element, page: etree._Element | None) -> None:
    """Give back the lines of a body that trafilatura's fallback returned as one paragraph: an
    <article>'s whole text joined by spaces, a JSON-LD articleBody or the page's text joined by
    newlines. As one line, the headline, an ad marker or a caption in it could not be told from
    the story, and the summary would see no paragraphs."""
    if len(body) != 1 or body[0].tag != "p" or len(body[0]) or not body[0].text:
        return
    only = body[0]
    lines = [line.strip() for line in only.text.splitlines() if line.strip()]
    if len(lines) >= 3 and sum(bool(_SENTENCE_END.search(line)) for line in lines) >= 0.4 * len(lines):
        # newline-joined (articleBody, page text): a line is a paragraph. Soft-wrapped prose is
        # not: its lines end mid-sentence.
        body.remove(only)
        for line in lines:
            etree.SubElement(body, "p").text = line
        return
    if page is None:
        return
    key = _NO_SPACE.sub("", only.text)
    for candidate in _sources(page):
        if isinstance(candidate, str):
            if _NO_SPACE.sub("", candidate) != key or "<" in candidate:
                continue
            rebuilt = []
            for line in candidate.splitlines():
                if line.strip():
                    rebuilt.append(etree.Element("p"))
                    rebuilt[-1].text = _SPACE.sub(" ", line).strip()
        elif _NO_SPACE.sub("", candidate.text_content()) == key:
            rebuilt = _blocks_of(candidate)
        else:
            continue
        if len(rebuilt) > 1 and sum(len(b.text) for b in rebuilt) >= 0.9 * len(key):
            body.remove(only)
            body.extend(rebuilt)
        return


def _sources(page: etree._Element) -> Iterator[etree._Element | str]:
    """Where a fallback body may have come from: the page's <article>s, its JSON-LD articleBody."""
    yield from page.iter("article")
    for script in page.iterfind(".//script[@type='application/ld+json']"):
        if script.text and "articleBody" in script.text:
            try:
                data = json.loads(script.text, strict=False)
            except ValueError:
                continue
            yield from _article_bodies(data)


def _article_bodies(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for name, value in node.items():
            if name == "articleBody" and isinstance(value, str):
                yield value
            else:
                yield from _article_bodies(value)
    elif isinstance(node, list):
        for value in node:
            yield from _article_bodies(value)


def _blocks_of(container: etree._Element) -> list[etree._Element]:
    """The outermost block elements of an HTML container, as body blocks (text only)."""
    rebuilt = []
    for el in container.iter(*_HTML_BLOCKS):
        if any(a.tag in _HTML_BLOCKS for a in el.iterancestors()):
            continue
        text = _SPACE.sub(" ", el.text_content()).strip()
        if text:
            rebuilt.append(etree.Element("head" if el.tag[0] == "h" and el.tag[1:].isdigit() else "p"))
            rebuilt[-1].text = text
    return rebuilt


def _flatten(body: etree._Element) -> None:
    """One level of blocks. trafilatura's fallback extractors return the page's own <div>s
    with text between the blocks (a caption after an <img>); a paragraph of <br>-separated
    lines (a page without <p>s, a footer of editor lines) is as many blocks as lines, so that
    each line is judged alone."""
    etree.strip_tags(body, "div", "section", "article", "main", "span")
    if body.text and body.text.strip():
        first = etree.Element("p")
        first.text, body.text = body.text, None
        body.insert(0, first)
    for child in list(body):
        if child.tail and child.tail.strip():
            loose = etree.Element("p")
            loose.text, child.tail = child.tail, None
            child.addnext(loose)
        if child.tag == "p" and (child.find("lb") is not None or child.find("table") is not None):
            _split_at_breaks(child)
    seen: set[str] = set()
    for table in list(body.iterchildren("table")):
        key = _NO_SPACE.sub("", "".join(table.itertext()))
        if key in seen:
            body.remove(table)  # trafilatura also gave the table in a paragraph as a block of its own
        seen.add(key)


def _split_at_breaks(p: etree._Element) -> None:
    """One block per line of a <br>-separated paragraph; a page's own <table> inside it (a
    fallback body keeps the HTML) is a table block, read by rows, not one line of cells."""
    lines = [etree.Element("p")]
    lines[0].text = p.text
    for child in list(p):
        if child.tag == "lb":
            lines.append(etree.Element("p"))
            lines[-1].text = child.tail
        elif child.tag == "table" and child.find(".//tr") is not None:
            tail, child.tail = child.tail, None
            lines.append(_as_table(child))
            lines.append(etree.Element("p"))
            lines[-1].text = tail
        else:
            lines[-1].append(child)  # moves it, with its tail
    for line in reversed(lines):
        if line.text and line.text.strip() or len(line):
            p.addnext(line)
    p.getparent().remove(p)


def _as_table(table: etree._Element) -> etree._Element:
    """A page's <table> as trafilatura writes one (row, cell): rendered by rows."""
    out = etree.Element("table")
    for tr in table.iter("tr"):
        row = etree.SubElement(out, "row")
        for td in tr:
            if td.tag in ("td", "th"):
                etree.SubElement(row, "cell").text = _text_of(td)
    return out


def _drop_item_times(blocks: list[etree._Element]) -> None:
    """A list item opening with a clock time (a flash stream, a live page) keeps only its text; so
    does a paragraph where two or more open on one (a live blog's entries: "16:42 The S&P 500
    closed down 0.6%…" was a key sentence and a key figure with its time)."""
    timed = [(block, match) for block in blocks if block.tag in ("item", "p")
             and (match := _ITEM_TIME.match(block.text or ""))
             and len(_text_of(block)) - len(match.group().strip()) >= _ITEM_TIME_REST_MIN]
    paragraphs = sum(1 for block, _ in timed if block.tag == "p")
    for block, match in timed:
        if block.tag == "item" or paragraphs >= 2:
            block.text = block.text[match.end():]


def _head_region(texts: list[str], headlines: frozenset[str]) -> set[int]:
    """The lines above the lead that repeat the headline or only say when, where from and by
    whom: trafilatura keeps them when the headline sits inside the article's container."""
    drop = set()
    for i, text in enumerate(texts[:10]):
        headline = _NO_SPACE.sub("", text) in headlines
        if len(text) >= _LEAD_MIN:
            if headline:
                continue  # a long headline stays (the analysis reads it as the title) but is not the lead
            break
        if not text:
            continue
        if headline or (len(text) <= _HEAD_META_MAX and _HEAD_META_LINE.match(to_simplified(text))):
            drop.add(i)
    return drop


def _furniture(text: str, simple: str, strict: bool = True) -> bool:
    """A line of the page around the story, judged by its words and form alone (a caption
    only when `strict`)."""
    length = len(text)
    return ((length <= _SHORT_LINE and bool(_BOILERPLATE_LINE.match(simple)))
            or bool(_NOTICE_BLOCK.match(simple))
            or (length <= _FURNITURE_MAX and bool(_FURNITURE_LINE.match(simple)))
            or is_reader_appeal(text) or is_stamp_line(text) or is_notice_line(text, simple)
            or (strict and length <= (_CAPTION_MAX if _CJK.search(text) else _CAPTION_EN_MAX)
                and bool(_CAPTION_LINE.search(simple))))


def is_caption_line(text: str) -> bool:
    """A short Chinese caption by its words ("图为…", "…（资料图）", "记者 X 摄")."""
    return 0 < len(text) <= _CAPTION_MAX and bool(_CAPTION_LINE.search(to_simplified(text)))


def _repeats(keys: list[str], i: int) -> bool:
    """A pull quote: a block whose words stand in full in a longer block of the story."""
    key = keys[i]
    return len(key) >= 15 and any(len(other) > len(key) and key in other for other in keys)


def _drops(blocks: list[etree._Element], texts: list[str], keys: list[str], modules: str,
           headlines: frozenset[str], *, strict: bool) -> set[int]:
    """The indexes of the blocks that are not the story."""
    total = sum(len(t) for t in texts) or 1
    seen = 0
    drop: set[int] = _head_region(texts, headlines) if strict else set()
    for i, (block, text) in enumerate(zip(blocks, texts, strict=True)):
        length = len(text)
        article_seen = seen >= 0.3 * total and seen >= MIN_ARTICLE_CHARS
        heading = length <= _LINKED_LINE_MAX and (_TAIL_HEADINGS.match(text) or _SECTION_WORD.match(text))
        if heading and _link_chars(block) >= 0.5 * length:
            drop.add(i)  # "延伸阅读：《…》", "Don't miss: …": one linked line inside the story, not a section
            seen += length
            continue
        if heading and length <= _TAIL_HEADING_MAX and article_seen:
            drop.update(range(i, len(blocks)))
            break
        seen += length
        if not text or i in drop:
            continue
        if modules and length >= _MODULE_BLOCK_MIN and _NO_SPACE.sub("", text) in modules:
            drop.add(i)  # a teaser or comment from a recommendation/comment module
            continue
        simple = to_simplified(text) if length <= _FURNITURE_MAX else text
        if _furniture(text, simple, strict):
            drop.add(i)
            # An editor or copyright line near the end closes the article.
            if (article_seen and total - seen < 0.2 * total and length <= _SHORT_LINE
                    and _BOILERPLATE_LINE.match(simple)):
                drop.update(range(i, len(blocks)))
                break
        elif ((block.tag == "item" and _link_chars(block) >= 0.7 * length)
              or (block.tag == "quote" and length <= 300 and _repeats(keys, i))):
            drop.add(i)  # a list item that is a link; a pull quote
    return drop


def clean_blocks(body: etree._Element, modules: str = "", headlines: frozenset[str] = frozenset(),
                 page: etree._Element | None = None) -> etree._Element:
    """Drop the blocks of `body` that are not the story (see the module's docstring).

    `modules` is the whitespace-free text of the page's recommendation and comment modules;
    `headlines` the whitespace-free headline(s), dropped where they open the text; `page` the
    parsed page, to rebuild the lines of a body trafilatura joined into one.
    """
    _restore_lines(body, page)
    # trafilatura's body keeps the source's line breaks and indentation inside text
    # nodes; its own text output re-sanitizes, but we render from the tree ourselves.
    for el in body.iter():
        if el.text:
            el.text = _SPACE.sub(" ", el.text)
        if el.tail:
            el.tail = _SPACE.sub(" ", el.tail)
    _flatten(body)
    blocks = _blocks(body)
    _drop_item_times(blocks)
    texts = [_text_of(b) for b in blocks]
    keys = [_NO_SPACE.sub("", t) for t in texts]
    drop = _drops(blocks, texts, keys, modules, headlines, strict=True)
    if sum(len(t) for i, t in enumerate(texts) if i not in drop) < MIN_ARTICLE_CHARS:
        # A page that is little more than its headline and photos: those are its text.
        drop = _drops(blocks, texts, keys, modules, headlines, strict=False)
    for i in sorted(drop, reverse=True):
        block = blocks[i]
        parent = block.getparent()
        if parent is not None:
            parent.remove(block)
    for lst in list(body.iter("list")):
        if not len(lst) and lst.getparent() is not None:
            lst.getparent().remove(lst)
    etree.strip_tags(body, "ref")
    return body


def render(body: etree._Element) -> str:
    text = xmltotxt(body, include_formatting=False)
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
