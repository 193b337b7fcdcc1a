"""The third pages round (issue #13): news pages written for it, served on 127.0.0.1 and read
through the fetcher. A story split over pages is read to its last page (and no further: not the
next story, not another site); a press release's About/关于 part, its forward-looking caution and its
contacts feed no keyword and no key figure; an interview's answer is shown under its question."""

from __future__ import annotations

import pytest

from bot.web.fetch import FetchConfig, fetch_article
from bot.web.next_page import next_page_url, page_number
from summarizer import analyze

CONFIG = FetchConfig(timeout=5.0, allowed_networks=("127.0.0.1/32",))


def _zh_page(title: str, paragraphs: list[str], pager: str, charset: str = "gbk") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{title}_财经_溪山网</title></head><body>"
            '<div class="nav"><a href="/">首页</a> | <a href="/cj">财经</a> | <a href="/gp">股票</a></div>'
            '<div class="crumb">当前位置：<a href="/">首页</a> &gt; 财经 &gt; 正文</div>'
            f'<div class="art"><h1>{title}</h1><div class="info">2026-11-24 07:30 来源：溪山网 作者：贺临</div>'
            f'<div class="con">{body}</div>{pager}</div>'
            '<div class="xg"><h3>相关阅读</h3><ul><li><a href="/n/1.html">风电板块集体走强</a></li></ul></div>'
            '<div class="foot">Copyright &copy; 2026 溪山网 浙ICP备00000001号</div></body></html>')


SPLIT_TITLE = "嘉澍电气前三季度净利润增长21% 海外收入占比提升"
SPLIT = [
    ["溪山网11月24日讯 嘉澍电气（300926.SZ）11月23日晚间发布三季报。前三季度，公司实现营业收入47.3亿元，同比增长16.2%；"
     "归属于上市公司股东的净利润5.08亿元，同比增长21.4%。",
     "公司表示，变压器和开关柜产品出货量增加，带动收入增长。"],
    ["海外市场方面，前三季度公司海外收入12.6亿元，同比增长58.3%，占总收入的比重升至26.6%。",
     "嘉澍电气董事长魏成舟在业绩说明会上表示：“海外订单的交付会持续到明年下半年。”"],
    ["截至11月23日收盘，嘉澍电气报31.46元/股，总市值约为142亿元。"],
]
OTHER_STORY = "硅料价格连续第三周下跌，多晶硅致密料均价跌至每吨3.9万元。"


def _split_pages() -> dict[str, str]:
    """/n/2026/jsdq.html -> jsdq_2.html -> jsdq_3.html; each page also links the next story (下一篇)."""
    pages = {}
    names = ["jsdq.html", "jsdq_2.html", "jsdq_3.html"]
    for i, paragraphs in enumerate(SPLIT):
        numbers = " ".join(f'<a href="/n/2026/{name}">{k}</a>' for k, name in enumerate(names, 1))
        following = f'<a href="/n/2026/{names[i + 1]}">下一页</a>' if i + 1 < len(names) else "下一页"
        pager = (f'<div class="page">上一页 {numbers} {following}</div>'
                 '<div class="pn"><a href="/n/2026/gl.html">下一篇：硅料价格连续第三周下跌</a></div>')
        pages[f"/n/2026/{names[i]}"] = _zh_page(SPLIT_TITLE, paragraphs, pager)
    pages["/n/2026/gl.html"] = _zh_page("硅料价格连续第三周下跌", [OTHER_STORY, "业内人士认为，短期内价格仍将承压。"], "")
    return pages


async def test_a_story_split_over_three_pages_is_read_to_its_last_page(site):
    # The fetcher read page 1 only: the overseas revenue, the chairman's words and the close were lost.
    for path, page in _split_pages().items():
        site.expect_request(path).respond_with_data(page.encode("gbk"), content_type="text/html")
    article = await fetch_article(site.url_for("/n/2026/jsdq.html"), config=CONFIG)
    lines = article.text.splitlines()
    assert lines == [p for paragraphs in SPLIT for p in paragraphs], lines
    assert article.extra["pages"] == 3 and article.url.endswith("/n/2026/jsdq.html")
    assert OTHER_STORY not in article.text  # 下一篇 is the next story
    analysis = analyze(article.text, title=article.title)
    assert any(q.speaker == "魏成舟" for q in analysis.quotes)
    assert any(f.text == "12.6亿元" for f in analysis.figures)


async def test_a_short_last_page_gives_its_lines_not_the_whole_page(site):
    # Page 3's one paragraph was too little for trafilatura, which gave back the whole page as one
    # block: navigation, breadcrumb, headline, byline and related links glued to the story.
    for path, page in _split_pages().items():
        site.expect_request(path).respond_with_data(page.encode("gbk"), content_type="text/html")
    article = await fetch_article(site.url_for("/n/2026/jsdq_2.html"), config=CONFIG)
    assert article.text.splitlines() == SPLIT[1] + SPLIT[2]
    assert not any(word in article.text for word in ("首页", "当前位置", "相关阅读", "来源："))


EN_TITLE = "Halberd Shipping returns to profit as rates hold up"
EN_STANDFIRST = "Container line says new vessels will lift capacity 8% next year"
EN = [
    ["Halberd Shipping returned to profit in the third quarter as freight rates on its Asia-Europe routes held up "
     "better than expected, the container line said on Tuesday.",
     "Net income was $286 million, against a loss of $54 million a year earlier."],
    ["Revenue rose 12% to $3.9 billion, while volumes grew 4.5% to 1.21 million containers.",
     "Chief executive Lena Brandt said the company would take delivery of six new vessels in 2027."],
]


def _en_page(i: int) -> str:
    head = '<link rel="next" href="/markets/halberd?id=77&amp;page=2">' if i == 1 else ""
    pager = ('<nav class="pagination"><span>1</span> <a href="/markets/halberd?id=77&amp;page=2">2</a> '
             '<a href="/markets/halberd?id=77&amp;page=2">Next page »</a></nav>' if i == 1 else
             '<nav class="pagination"><a href="/markets/halberd?id=77">1</a> <span>2</span></nav>')
    body = "".join(f"<p>{p}</p>" for p in EN[i - 1])
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{EN_TITLE} | Dockside News</title>'
            f'{head}</head><body><nav><a href="/">Dockside News</a> <a href="/markets">Markets</a></nav><article>'
            f'<h1>{EN_TITLE}</h1><p class="standfirst">{EN_STANDFIRST}</p><p class="byline">By Omar Haddad</p>'
            f'{body}{pager}<p><a href="/markets/port-strike">Next story: Port strike talks resume</a></p></article>'
            '<footer>© 2026 Dockside News</footer></body></html>')


async def test_a_page_numbered_in_its_query_is_read_on_and_its_header_once(site):
    site.expect_request("/markets/halberd", query_string="id=77&page=2").respond_with_data(
        _en_page(2).encode(), content_type="text/html")
    site.expect_request("/markets/halberd", query_string="id=77").respond_with_data(
        _en_page(1).encode(), content_type="text/html")
    article = await fetch_article(site.url_for("/markets/halberd") + "?id=77", config=CONFIG)
    lines = article.text.splitlines()
    assert lines.count(EN_STANDFIRST) <= 1, lines  # page 2's header is page 1's
    assert lines[-4:] == EN[0] + EN[1], lines
    assert article.extra["pages"] == 2


async def test_a_next_page_that_cannot_be_read_ends_the_story_where_it_stands(site):
    # Page 2 is missing (404), or over the size cap: page 1 is still the reader's, with no error.
    pages = _split_pages()
    site.expect_request("/n/2026/jsdq.html").respond_with_data(pages["/n/2026/jsdq.html"].encode("gbk"),
                                                              content_type="text/html")
    site.expect_request("/n/2026/jsdq_2.html").respond_with_data("gone", status=404)
    article = await fetch_article(site.url_for("/n/2026/jsdq.html"), config=CONFIG)
    assert article.text.splitlines() == SPLIT[0] and "pages" not in article.extra
    small = FetchConfig(timeout=5.0, max_bytes=len(pages["/n/2026/jsdq.html"].encode("gbk")) + 10,
                        allowed_networks=("127.0.0.1/32",))
    site.clear()
    site.expect_request("/n/2026/jsdq.html").respond_with_data(pages["/n/2026/jsdq.html"].encode("gbk"),
                                                              content_type="text/html")
    site.expect_request("/n/2026/jsdq_2.html").respond_with_data(
        pages["/n/2026/jsdq_2.html"].replace("</body>", "<!--" + "x" * 5000 + "--></body>").encode("gbk"),
        content_type="text/html")
    article = await fetch_article(site.url_for("/n/2026/jsdq.html"), config=small)
    assert article.text.splitlines() == SPLIT[0]


@pytest.mark.parametrize(("link", "url", "expected"), [
    ('<a href="story_2.html">下一页</a>', "http://a.example/n/story.html", "http://a.example/n/story_2.html"),
    ('<a href="/n/story_1.html">下一页</a>', "http://a.example/n/story.html", "http://a.example/n/story_1.html"),
    ('<a href="/n/story_3.html">下一页</a>', "http://a.example/n/story_2.html", "http://a.example/n/story_3.html"),
    ('<a href="/s/slug/2">2</a>', "http://b.example/s/slug", "http://b.example/s/slug/2"),
    ('<a class="next" href="?id=4&page=2"><i></i></a>', "http://b.example/s?id=4", "http://b.example/s?id=4&page=2"),
    ('<link rel="next" href="/s?id=4&page=3">', "http://b.example/s?page=2&id=4", "http://b.example/s?id=4&page=3"),
    # the next story, another story's page 2, another site, a page skipped, a link without words
    ('<a href="/n/other.html">下一篇</a>', "http://a.example/n/story.html", None),
    ('<a href="/n/other_2.html">下一页</a>', "http://a.example/n/story.html", None),
    ('<a href="http://c.example/n/story_2.html">下一页</a>', "http://a.example/n/story.html", None),
    ('<a href="/n/story_3.html">下一页</a>', "http://a.example/n/story.html", None),
    ('<a href="/n/story_2.html">Next story</a>', "http://a.example/n/story.html", None),
    ('<a href="/n/story_2.html"><img src="x.png"></a>', "http://a.example/n/story.html", None),
])
def test_which_link_is_the_next_page(link: str, url: str, expected: str | None) -> None:
    assert next_page_url(f"<html><head></head><body><p>正文</p>{link}</body></html>", url) == expected


def test_a_page_number_is_read_from_the_address() -> None:
    assert page_number("http://a.example/n/story_2.html") == ("http://a.example/n/story.html", 2)
    assert page_number("http://a.example/s?page=3&id=9") == ("http://a.example/s?id=9", 3)
    assert page_number("http://a.example/n/2026/story.html") == ("http://a.example/n/2026/story.html", 1)
