"""HTML -> Article: trafilatura for the main text and metadata, then our own clean-up.

Pure: a page's HTML in, a frozen Article out (no network). Three stages:

1. `_page_signals` looks at the raw page for what readers would see instead of an
   article: a captcha, a login or paywall prompt, an empty JavaScript app shell.
2. trafilatura extracts the main content as a small XML tree (paragraphs, headings,
   lists, with links kept so we can measure link density) plus metadata.
3. `summarizer.extract_clean` removes what trafilatura keeps on Chinese news sites: editor and
   copyright lines, share/QR-code prompts, link lists, "related articles" and comment
   sections that follow the article, and teaser streams of other stories.

Pages that are not articles raise `summarizer.errors.NotAnArticle` with a reason.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from summarizer.errors import NotAnArticle
from summarizer.extract_clean import MIN_ARTICLE_CHARS, clean_blocks, is_caption_line, render
from summarizer.extract_hidden import drop_transcripts, unwrap_lazy_paragraphs
from summarizer.extract_furniture import (
    drop_credited_captions,
    drop_footnote_marks,
    drop_hover_quotes,
    drop_quote_tables,
    remove_keep_tail,
)
from summarizer.model import Article

log = logging.getLogger(__name__)


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A page that may hold a video transcript (plain substring tests: a case-blind regex scan of the
# page took 1.8 ms a page, as much as the rule itself).
_TRANSCRIPT_WORDS = ("ranscript", "RANSCRIPT", "文字稿", "文字实录")
_TRANSCRIPT_BYTES = tuple(word.encode() for word in _TRANSCRIPT_WORDS)
_SPACE = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")


# --- stage 1 markers ------------------------------------------------------------------
_CAPTCHA = re.compile(
    r"captcha|are you a robot|are you human|verify you are (?:a )?human|checking your browser|"
    r"just a moment\.\.\.|attention required|ddos protection|access denied|unusual traffic|"
    r"验证码|人机验证|安全验证|滑动验证|请完成验证|拖动滑块|访问验证|异常访问|访问频率过高|请证明你不是机器人",
    re.IGNORECASE,
)
_CAPTCHA_MARKUP = re.compile(
    r"g-recaptcha|h-captcha|hcaptcha\.com|cf-challenge|challenge-platform|cf_chl_|geetest|nc_1_wrapper|"
    r"TencentCaptcha|turing\.captcha",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"subscribe (?:now )?to (?:continue|keep) reading|subscribers? only|already a subscriber|"
    r"to continue reading|this (?:article|content) is (?:only )?(?:available|for) (?:to )?(?:paid )?subscribers|"
    r"unlock (?:this|the full) (?:article|story)|start your (?:free )?trial|"
    r"付费(?:阅读|内容|文章|专享|会员)|订阅(?:后|即可|以)(?:继续)?(?:阅读|查看)|"
    r"(?:开通|成为|购买).{0,6}(?:会员|VIP|订阅).{0,8}(?:阅读|查看|解锁)|"
    r"(?:购买|解锁|付费)后(?:继续|可)?(?:阅读|查看)|剩余.{0,10}(?:付费|订阅|会员)|会员专享|"
    r"阅读全文需",
    re.IGNORECASE,
)
_PAYWALL_MARKUP = re.compile(r"pay-?wall", re.IGNORECASE)
_LOGIN = re.compile(
    r"(?:log ?in|sign ?in) to (?:continue|read|view|see)|please (?:log ?in|sign ?in)|"
    r"you (?:must|need to) (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in)|"
    r"登录后(?:才能|可以|方可|即可)?(?:继续)?(?:查看|阅读|浏览|访问|下载)|请(?:先)?登录|"
    r"(?:需要|须|请)登录|登录(?:以|来)?(?:查看|阅读)",
    re.IGNORECASE,
)
_JS_NOTICE = re.compile(
    r"enable javascript|javascript (?:is )?(?:required|disabled)|需要(?:启用|开启|打开)?\s*javascript|"
    r"(?:启用|开启|打开|允许)\s*javascript|浏览器.{0,10}不支持.{0,10}javascript",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Signals:
    """What the raw page says about itself, before extraction."""

    visible_text: str
    title: str
    scripts: int
    script_chars: int
    captcha_markup: bool
    paywall_markup: bool
    js_notice: bool


def extract_article(html: str | bytes, *, url: str | None = None, later_page: bool = False) -> Article:
    """The article in `html`: clean main text plus title, site, author, date, language.

    Raises NotAnArticle("captcha" | "login" | "paywall" | "js_shell" | "too_short")
    when the page holds no article worth summarizing. A story's `later_page` (page 2 of 3) may
    be short: its last two paragraphs are still the story's.
    """
    tree = _parse(html)
    if tree is None:
        raise NotAnArticle("too_short")
    modules = _module_text(tree)
    drop_quote_tables(tree)
    drop_hover_quotes(tree)
    drop_footnote_marks(tree)
    unwrap_lazy_paragraphs(tree)
    if any(word in html for word in (_TRANSCRIPT_WORDS if isinstance(html, str) else _TRANSCRIPT_BYTES)):
        drop_transcripts(tree)  # a few ms on a large page: only where the word is on it at all
    _unwrap_layout_tables(tree)
    doc = trafilatura.bare_extraction(
        tree,  # trafilatura works on its own copy
        url=url,
        with_metadata=False,  # ours below: its author and date search is most of its time
        include_comments=False,
        include_links=True,
        include_tables=True,
    )
    headlines = _headlines(tree)
    if _swept(doc, headlines):
        precise = trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                                              include_links=True, include_tables=True, favor_precision=True)
        if precise is not None and precise.body is not None and len(precise.body) and not _swept(precise, headlines):
            doc = precise
    text = _text(doc, modules, headlines, tree)
    reason = _not_article_reason(text, tree)
    if reason and not (later_page and reason == "too_short" and text):
        raise NotAnArticle(reason)
    meta = _metadata(tree, url)
    return Article(
        text=text,
        url=url,
        canonical_url=meta.canonical,
        title=meta.title,
        site=meta.site,
        author=meta.author,
        published=meta.published,
        lang=_language(text, tree),
        source_type="html",
    )


def _text(doc, modules: str = "", headlines: frozenset[str] = frozenset(),
          page: lxml.html.HtmlElement | None = None) -> str:
    if doc is None or doc.body is None:
        return ""
    return render(clean_blocks(doc.body, modules, headlines, page))


def _swept(doc, headlines: frozenset[str]) -> bool:
    """Did trafilatura fall back to the whole page? On a short story (a last page of two
    paragraphs, a brief) it may give back one block holding the navigation, the headline, the
    byline and the related links with the story: the headline inside a block, not opening it."""
    if doc is None or doc.body is None or len(doc.body) != 1:
        return False
    block = _NO_SPACE.sub("", "".join(doc.body[0].itertext()))
    return any(key in block[1:] for key in headlines)


def _headlines(tree: lxml.html.HtmlElement) -> frozenset[str]:
    """The page's headline as its h1s and title tags write it (whitespace-free), to drop where
    it opens the extracted text: it is the Article's title, not a line of the story."""
    found = [el.text_content() for el in tree.iter("h1")][:2]
    found += tree.xpath('//meta[@property="og:title"]/@content | //title/text()')[:2]
    parts = [part for value in found for part in [value, *_TITLE_SEPARATORS.split(value)]]
    return frozenset(key for part in parts if len(key := _NO_SPACE.sub("", part)) >= 6)


def _unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Tables that lay out a page (a column per row, or cells holding paragraphs) become
    plain blocks: extracted as a table, the navigation rows and the story come out as one."""
    for table in list(tree.iter("table")):
        rows = table.xpath("./tr | ./*/tr")
        cells = [row.xpath("./td | ./th") for row in rows]
        if not rows or not (all(len(row) <= 1 for row in cells) or any(
                cell.find(".//p") is not None or cell.find(".//div") is not None or cell.find(".//table") is not None
                for row in cells for cell in row)):
            continue
        own = [table, *(el for el in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")
                        if next(el.iterancestors("table"), None) is table)]
        for el in own:
            el.tag = "div"


# Containers of other stories, comments and carousels, by the words sites use in their
# class and id names (English and pinyin). trafilatura's own list misses most of these
# on Chinese portals, so whole streams of unrelated articles end up in the text.
_MODULE_NAME = re.compile(
    r"recommend|(?:^|[\s_-])recom(?:$|[\s_-])|tuijian|more-?stories|(?:^|[\s_-])stream(?:$|[\s_-])|"
    r"hot-?(?:news|list|articles?|rank|read)|rank(?:ing)?-?list|guess-?(?:you|like)|you-?may-?like|"
    r"xgyd|xgxw|xgwz|carousel|swiper|comment|pinglun|gentie|(?:^|[\s_-])feeds?(?:$|[\s_-])",
    re.IGNORECASE,
)
_MODULE_TAGS = ("div", "section", "aside", "ul", "ol", "li", "dl")
_MODULE_ATTRIBUTES = etree.XPath("//@class | //@id")


def _module_text(tree: lxml.html.HtmlElement) -> str:
    """The text of the page's recommendation, stream and comment modules, without
    whitespace, for telling which extracted blocks came from them. A module holding the
    page's first h1 or an <article> is ignored: then the name is misleading and it is the
    article's own container (later h1s belong to appended stories)."""
    modules = []
    captions = []
    for value in _MODULE_ATTRIBUTES(tree):  # attribute strings first: far cheaper than elements
        if _MODULE_NAME.search(value):
            el = value.getparent()
            if el.tag in _MODULE_TAGS and (not modules or modules[-1] is not el):
                modules.append(el)
        elif _CAPTION_NAME.search(value):
            captions.append(value.getparent())
    _drop_captions(captions, tree)
    if not modules:
        return ""
    chosen = set(modules)
    parts = []
    first_h1 = next(tree.iter("h1"), None)
    for el in modules:
        if any(a in chosen for a in el.iterancestors()):
            continue  # counted with its outermost module
        if el.find(".//article") is not None or (first_h1 is not None and _contains(el, first_h1)):
            continue
        parts.append(_NO_SPACE.sub("", el.text_content()))
    return "\n".join(parts)


_NO_SPACE = re.compile(r"\s+")
# A photo's caption by the name the page gives it ("img_descr", "imgDesc", "pic-info", "photo-caption").
_CAPTION_NAME = re.compile(
    r"(?:^|[\s_-])(?:img|pic|photo|image|figure)[_-]?(?:desc|descr|caption|info|txt|text|note)(?:$|[\s_-])"
    r"|(?:^|[\s_-])(?:wp-)?caption(?:-text)?(?:$|[\s_-])|imgdesc|picdesc|pictxt|imgtxt|pictext|phototext",
    re.IGNORECASE,
)
_CAPTION_TAGS = ("span", "p", "div", "figcaption", "em", "font", "small")
_CAPTION_MAX = 200


def _drop_captions(found: list[etree._Element], tree: lxml.html.HtmlElement) -> None:
    """Remove the photo captions the page names as such: a reader sees them under a picture,
    not as a line of the story. Only short ones holding no block: a long one is misnamed.
    Unnamed ones too where the layout says so: a centred short line without end punctuation
    right after a paragraph that holds only a picture ("港口内排队等待换电的重卡")."""
    for el in found:
        if (el.tag in _CAPTION_TAGS and el.getparent() is not None and el.find(".//p") is None
                and len(el.text_content()) <= _CAPTION_MAX):
            remove_keep_tail(el)
    drop_credited_captions(tree)
    for img in list(tree.iter("img")):
        holder = img.getparent()
        if (holder is not None and holder.tag in ("p", "div", "figure") and holder.find(".//p") is None
                and holder.find(".//div") is None and is_caption_line(_NO_SPACE.sub("", holder.text_content()))):
            remove_keep_tail(holder)  # a picture and its caption in one box, in a body of <br> lines
            continue
        if holder is None or holder.tag not in ("p", "div", "figure") or holder.text_content().strip():
            continue
        after = holder.getnext()
        if after is None or after.tag not in ("p", "div") or not _centred(after) or after.find(".//img") is not None:
            continue
        text = after.text_content().strip()
        if 0 < len(text) <= _UNNAMED_CAPTION_MAX and text[-1] not in _END_PUNCTUATION and after.find(".//a") is None:
            remove_keep_tail(after)


_UNNAMED_CAPTION_MAX = 40
_END_PUNCTUATION = "。！？!?.…：:；;”\"』」"


def _centred(el: etree._Element) -> bool:
    return "center" in (el.get("style") or "").replace(" ", "").lower() or (el.get("align") or "").lower() == "center"


def _contains(ancestor: etree._Element, el: etree._Element) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _parse(html: str | bytes) -> lxml.html.HtmlElement | None:
    """Parse the way trafilatura does (comments and processing instructions dropped,
    faulty markup repaired): a comment inside a paragraph otherwise splits its text."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        return None
    try:
        return load_html(html)
    except (etree.ParserError, ValueError, TypeError):
        return None


def _page_signals(tree: lxml.html.HtmlElement) -> _Signals:
    """What the raw page shows. Only computed when the extracted text is short."""
    scripts = tree.xpath("//script/text()")
    visible = _SPACE.sub(" ", " ".join(tree.xpath(
        "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
    ))).strip()
    noscript = " ".join(tree.xpath("//noscript//text()"))
    markup = " ".join(tree.xpath("//@class | //@id | //script/@src | //iframe/@src")[:5000])
    return _Signals(
        visible_text=visible,
        title=_SPACE.sub(" ", tree.findtext(".//title") or "").strip(),
        scripts=len(tree.xpath("//script")),
        script_chars=sum(len(s) for s in scripts),
        captcha_markup=bool(_CAPTCHA_MARKUP.search(markup)),
        paywall_markup=bool(_PAYWALL_MARKUP.search(markup)),
        js_notice=bool(_JS_NOTICE.search(noscript) or _JS_NOTICE.search(visible[:2000])),
    )


# Longer texts are articles whatever the page says around them (see _not_article_reason).
_WALL_CHECK_MAX = 800


def _not_article_reason(text: str, tree: lxml.html.HtmlElement) -> str | None:
    """Why `text` is not an article, or None when it is one.

    Walls are judged first because a wall page often has a teaser of 100+ characters;
    a page with a longer text is only called walled when the wall prompt is explicit and
    the text is teaser-sized.
    """
    length = len(text)
    if length >= _WALL_CHECK_MAX:
        return None
    signals = _page_signals(tree)
    page_text = f"{signals.title} {signals.visible_text[:5000]}"
    if length < 600 and (signals.captcha_markup or _CAPTCHA.search(signals.title)
                         or (length < MIN_ARTICLE_CHARS and _CAPTCHA.search(page_text))):
        return "captcha"
    # Metered sites carry paywall markup on every article, so markup alone only counts
    # when almost no text came through.
    if _PAYWALL.search(page_text) or (length < 300 and signals.paywall_markup):
        return "paywall"
    if length < 400 and _LOGIN.search(page_text):
        return "login"
    if length < MIN_ARTICLE_CHARS:
        if signals.js_notice or (signals.scripts and len(signals.visible_text) < 200
                                 and signals.script_chars > 2 * max(len(signals.visible_text), 1)):
            return "js_shell"
        return "too_short"
    return None


def _canonical(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for value in tree.xpath(xpath):
            value = value.strip()
            if value.startswith(("http://", "https://", "/")):
                if value.startswith("/") and url:
                    from urllib.parse import urljoin  # local: only relative canonicals need it

                    value = urljoin(url, value)
                if value.startswith("http"):
                    return value
    return None




# --- metadata -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Meta:
    title: str | None
    site: str | None
    author: str | None
    published: str | None
    canonical: str | None


_TITLE_KEYS = ("og:title", "twitter:title", "title", "headline", "dc.title")
_SITE_KEYS = ("og:site_name", "application-name", "al:android:app_name", "twitter:site")
_AUTHOR_KEYS = ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author",
                "twitter:creator", "weibo:article:author")
_TITLE_SEPARATORS = re.compile(r"\s*(?:[|_–—]|\s-\s|-{2,}|::|»|·)\s*")


def _metadata(tree: lxml.html.HtmlElement, url: str | None) -> _Meta:
    """Title, site, author, date and canonical URL from meta tags, headings and htmldate.

    Cheaper than trafilatura's metadata pass (whose author and date searches cost more
    than the text extraction itself) and tuned to Chinese sites' habits: titles like
    "标题_网站名" and author names that are plain CJK.
    """
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = _clean_meta(el.get("content"))
        if key and value and key not in metas:
            metas[key] = value
    site = next((metas[k] for k in _SITE_KEYS if k in metas and not metas[k].startswith("@")), None)
    return _Meta(
        title=_title(tree, metas),
        site=site,
        author=_author(tree, metas),
        published=_published(tree, url),
        canonical=_canonical(tree, url),
    )


def _title(tree: lxml.html.HtmlElement, metas: dict[str, str]) -> str | None:
    """The headline. Meta and <title> strings carry site and channel names
    ("标题_财经_新浪网", "雄安新区 - 维基百科"): the part that agrees with an h1 wins,
    else the first part, unless a later one is much longer (a category prefix)."""
    headings = [_EDIT_LINK.sub("", h) for h in (_clean_meta(el.text_content()) for el in tree.iter("h1"))
                if h and len(h) <= 150]
    raw = next((metas[k] for k in _TITLE_KEYS if k in metas), None) or _clean_meta(tree.findtext(".//title"))
    if not raw:
        return headings[0] if headings else None
    parts = [p for p in _TITLE_SEPARATORS.split(raw) if p.strip()] or [raw]
    agreeing = [p for p in parts if any(p == h or (len(h) >= 4 and h in p) or (len(p) >= 4 and p in h)
                                        for h in headings)]
    if agreeing:
        best = max(agreeing, key=len)
        title = next((h for h in headings if best in h and len(h) > len(best)), best)
        # A print view's title ("Print: <headline>", "打印：<headline>"): the headline is the h1.
        title = next((h for h in headings if h in title and _PRINT_PREFIX.fullmatch(title.replace(h, "", 1))), title)
    else:
        first, longest = parts[0], max(parts, key=len)
        title = first if len(first) >= 0.5 * len(longest) else longest
    # "标题-新华网河北频道-新华网": Chinese sites also glue the site on with a bare hyphen.
    while _CJK.search(title) and (match := _SITE_SUFFIX.search(title)) and match.start() >= 6:
        title = title[:match.start()]
    # A flash's headline is written in lenticular brackets ("【海拓重工：拟回购股份】 - 财联社"):
    # the brackets mark it on the page, they are not part of it.
    if (match := _BRACKETED.match(title.strip(" -"))):
        title = match.group(1)
    return title.strip(" -") or None


_BRACKETED = re.compile(r"^【([^【】]{4,})】$")
_PRINT_PREFIX = re.compile(r"\s*(?:print(?:er[- ]friendly(?: version)?| view| version)?|打印(?:本页|预览|版)?)\s*[:：|-]\s*",
                           re.IGNORECASE)
_EDIT_LINK = re.compile(r"\s*\[(?:编辑|編輯|edit)\]$", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"-[^-\s]{1,12}$")


def _author(tree: lxml.html.HtmlElement, metas: dict[str, str]) -> str | None:
    for value in [metas.get(key) for key in _AUTHOR_KEYS]:
        value = _clean_meta(value)
        if value and _plausible_author(value):
            return _BYLINE_PREFIX.sub("", value) or None
    for value in _AUTHOR_MARKUP(tree):
        value = _clean_meta(value)
        if value and _plausible_author(value):
            return _BYLINE_PREFIX.sub("", value) or None
    return None


_AUTHOR_MARKUP = etree.XPath('//*[@itemprop="author"]//*[@itemprop="name"]//text() | //*[@rel="author"]//text()')


_BYLINE_PREFIX = re.compile(r"^(?:by|作者|文)\s*[:：]?\s+", re.IGNORECASE)


def _plausible_author(value: str) -> bool:
    """Not a URL, handle, e-mail, user id or placeholder ("2909", "name, email@gmail.com")."""
    return (len(value) <= 60 and "@" not in value and not value.startswith("http")
            and not value.replace(" ", "").isdigit() and value.lower() not in {"by", "admin", "作者"})


def _published(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    """The publication date (YYYY-MM-DD) from meta tags, <time>, the URL or the page header."""
    from htmldate import find_date  # deferred: only pages that reach metadata pay for it

    try:
        # Not the extensive search: that runs dateparser over free text, slowly.
        return find_date(tree, url=url, extensive_search=False, original_date=True,
                         deferred_url_extractor=True)
    except (ValueError, TypeError):
        return None


def _clean_meta(value: object) -> str | None:
    if not value or not isinstance(value, str):
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def _language(text: str, tree: lxml.html.HtmlElement) -> str:
    """"zh" when CJK characters dominate the text, else the page's declared language or "en"."""
    sample = text[:3000]
    cjk = len(_CJK.findall(sample))
    letters = len(_LETTER.findall(sample))
    if letters and cjk / letters >= 0.3:
        return "zh"
    declared = (tree.get("lang") or tree.get("xml:lang") or "").split("-")[0].lower()
    return declared if declared and declared != "zh" else "en"
