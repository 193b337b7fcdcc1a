"""Stage 3 of the page extraction: what trafilatura keeps that is not the article.

trafilatura's main-content pick on Chinese news sites keeps editor and copyright lines,
share/QR-code prompts, link lists, "related articles" and comment sections that follow the
article, and teaser streams of other stories. This module works on trafilatura's body tree
(paragraphs, headings, list items with links kept as <ref>) and drops those blocks, then
renders the text.
"""

from __future__ import annotations

import logging
import re

from lxml import etree
from trafilatura.xml import xmltotxt

log = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 100

_SPACE = re.compile(r"\s+")
_NO_SPACE = re.compile(r"\s+")

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
    r"Related (?:articles|stories|posts|news|coverage)|Recommended(?: for you| stories| articles)?|"
    r"More (?:stories|from|on this)|Read (?:more|next)|Most (?:read|popular)|Comments?\b|"
    r"You (?:may|might) also like"
    r")",
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
    r"(?:免责|特别)声明\s*[:：]"
    r")",
    re.IGNORECASE,
)
_MODULE_BLOCK_MIN = 8  # shorter blocks ("更多", a date) match module text by chance
_SHORT_LINE = 60  # boilerplate patterns only apply to lines this short (chars)
_TAIL_HEADING_MAX = 30

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


def clean_blocks(body: etree._Element, modules: str = "") -> etree._Element:
    # trafilatura's body keeps the source's line breaks and indentation inside text
    # nodes; its own text output re-sanitizes, but we render from the tree ourselves.
    for el in body.iter():
        if el.text:
            el.text = _SPACE.sub(" ", el.text)
        if el.tail:
            el.tail = _SPACE.sub(" ", el.tail)
    blocks = _blocks(body)
    texts = [_text_of(b) for b in blocks]
    total = sum(len(t) for t in texts) or 1
    seen = 0
    drop: set[int] = set()
    for i, (block, text) in enumerate(zip(blocks, texts, strict=True)):
        length = len(text)
        article_seen = seen >= 0.3 * total and seen >= MIN_ARTICLE_CHARS
        if (length <= _TAIL_HEADING_MAX and article_seen
                and (_TAIL_HEADINGS.match(text) or _SECTION_WORD.match(text))):
            drop.update(range(i, len(blocks)))
            break
        seen += length
        if not text:
            continue
        if modules and length >= _MODULE_BLOCK_MIN and _NO_SPACE.sub("", text) in modules:
            drop.add(i)  # a teaser or comment from a recommendation/comment module
            continue
        if length <= _SHORT_LINE and _BOILERPLATE_LINE.match(text):
            drop.add(i)
            # An editor or copyright line near the end closes the article.
            if article_seen and total - seen < 0.2 * total:
                drop.update(range(i, len(blocks)))
                break
        elif block.tag == "item" and _link_chars(block) >= 0.7 * length:
            drop.add(i)
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
