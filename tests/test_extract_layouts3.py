"""Furniture of the third round of written page layouts (benchmarks/data/pages_written3), on small
pages of our own: stock hover quotes inside a sentence, footnote marks, a flash's bracketed
headline, video and repost credits, a bare app name and attachment label, ▲ captions, an
accessibility toolbar row, a wire's assistance credit and update note, tip-line and subscription
pitches, footer links, a newswire's photo credit and closing lines, an author's tagline, a
byline and date line under a long repeated headline; and from the holdout's run, a live post's
byline and timestamp, a site-date-editor line above the lead and a 封面图片来源 credit. Also what
must stay."""

from __future__ import annotations

import pytest

from bot.render.text import key_sentences
from bot.web.fetch import FetchConfig, fetch_article
from summarizer import analyze
from summarizer.extract import extract_article
from tests.layout_pages import EN, ZH, ZH_TITLE, page, paragraphs, zh_lines
from tests.page_server import serve_pages

EN_TITLE = "Marlowe Textiles to close two North Carolina mills, cut 380 jobs as demand weakens"


def en_lines(inner: str) -> list[str]:
    """The text's lines after a headline this long, which the text keeps (the analysis reads it as the title)."""
    text = extract_article(page(inner, title=EN_TITLE, lang="en"), url="https://news.example.com/a/1").text.splitlines()
    return text[1:] if text and text[0] == EN_TITLE else text


# --- inline widgets ------------------------------------------------------------------------------

HOVER = ("11月12日晚间，云岫科技（<span id=\"stock_sz300912\"><a>300912</a></span><span id=\"quote_sz300912\">"
         "18.27 -1.35%</span>）发布公告称，公司拟以8.6亿元收购一家工业传感器企业70%的股权，交易完成后将成为其控股子公司。")


@pytest.mark.parametrize("widget", [
    '<span class="hq">18.27 -1.35%</span>',  # price and change
    '<span class="quote">-1.35%</span>',  # the change alone, right after the code
])
def test_a_stock_hover_quote_is_left_out_of_the_sentence_and_its_figures(widget):
    lead = HOVER.replace('<span id="quote_sz300912">18.27 -1.35%</span>', widget)
    text = zh_lines(f"<article><h1>{ZH_TITLE}</h1><p>{lead}</p>{paragraphs(ZH[1:])}</article>")
    assert text[0] == ZH[0].replace("云岫科技", "云岫科技（300912）", 1)
    analysis = analyze("\n".join(text), title=ZH_TITLE, max_sentences=10, lang="zh")
    assert not any("1.35" in f.text or "18.27" in f.text for f in analysis.key_figures)


def test_a_signed_change_in_the_story_stays():
    line = "当日收盘，云岫科技股价报18.27元，涨跌幅为<span class=\"red\">+1.35%</span>，成交额约4.6亿元，换手率为3.2%。"
    text = zh_lines(f"<article><h1>{ZH_TITLE}</h1>{paragraphs(ZH)}<p>{line}</p></article>")
    assert text[-1] == line.replace('<span class="red">', "").replace("</span>", "")


def test_footnote_marks_are_left_out_and_the_footnotes_keep_their_text():
    first = EN[0].replace("weakens.", 'weakens.<sup><a href="#fn1" id="ref1">1</a></sup>')
    second = EN[1].replace("earlier,", 'earlier,<a class="footnote-anchor" href="#footnote-2">2</a>')
    notes = ('<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a>'
             '<div><p>Company filing with the state labor department, October 2026.</p></div></div>'
             '<div class="footnote"><a href="#ref2">[2]</a><p>Restated for a change in inventory accounting.</p></div>')
    text = en_lines(f"<article><h1>{EN_TITLE}</h1><p>{first}</p><p>{second}</p>{paragraphs(EN[2:])}{notes}</article>")
    assert text[:4] == EN
    assert "1" not in text and "2" not in text and "[2]" not in text


def test_a_flash_headline_loses_its_brackets():
    title = f"【{ZH_TITLE}】 - 快讯网"
    article = extract_article(page(paragraphs(ZH), title=title, lang="zh-CN"), url="https://news.example.cn/flash/9")
    assert article.title == ZH_TITLE


# --- lines of the page ---------------------------------------------------------------------------

@pytest.mark.parametrize("junk", [
    "视频来源：东湖新闻 记者 孙一 剪辑 陈二",
    "题图来自：某图片库",
    "本文来自微信公众号：产业观察（ID：chanye），作者：周三",
    "东湖财经APP",
    "附件：",
    "▲ 清晨的装配车间",
    "无障碍 | 长者模式 | English",
    "封面图片来源：东湖财经 资料图",
])
def test_a_zh_line_of_the_page_is_left_out(junk):
    assert zh_lines(f"<article><h1>{ZH_TITLE}</h1>{paragraphs(ZH[:2])}<p>{junk}</p>{paragraphs(ZH[2:])}</article>") == ZH


@pytest.mark.parametrize("line", [
    "▲ 推进传感器芯片的国产替代，力争到2028年国产化率提高到五成。",  # a bulleted sentence, not a caption
    "附件中列出的42家企业均已完成备案，名单将在每季度更新一次。",
    "用户可在手机客户端中查看订单，平台表示相关功能已覆盖全部门店。",
])
def test_a_zh_line_of_the_story_stays(line):
    assert line in zh_lines(f"<article><h1>{ZH_TITLE}</h1>{paragraphs(ZH)}<p>{line}</p></article>")


@pytest.mark.parametrize("junk", [
    "— With assistance from Jo Park",
    "(Updates with analyst comment in fifth paragraph.)",
    "Have a confidential tip for our reporters? Get in touch",
    "Get unlimited access to local news for $1 for the first 3 months.",
    "Before it’s here, it’s on the Newsline Terminal. LEARN MORE",
    "Terms and Privacy Policy",
    "Privacy Dashboard",
    "View original content to download multimedia:https://www.example.com/news/marlowe-302011111.html",
    "Marlowe's Burlington plant (PRNewsfoto/Marlowe Textiles, Inc.)",
    "SOURCE Marlowe Textiles, Inc.",
    "(Reporting by Ann Lee in Charlotte; Editing by Tom Hale)",
    "Ann Lee covers manufacturing for the Piedmont Ledger. Reach her at alee@example.com or 555-0100.",
    "From Piedmont Ledger’s Ann Lee",  # a live post's byline
    "2:41 p.m. ET, December 1, 2026",  # a live post's timestamp
])
def test_an_en_line_of_the_page_is_left_out(junk):
    assert en_lines(f"<article><h1>{EN_TITLE}</h1>{paragraphs(EN[:2])}<p>{junk}</p>{paragraphs(EN[2:])}</article>") == EN


@pytest.mark.parametrize("line", [
    "Customers can learn more about the closures on the company's website, Marlowe said.",
    "Ann Lee, who covers the company for a regional bank, said the cuts were overdue.",
    "(The plants employ about 1,100 people in total.)",
    "From Marlowe’s Burlington plant, trucks leave every hour for ports in Virginia.",
])
def test_an_en_line_of_the_story_stays(line):
    assert line in en_lines(f"<article><h1>{EN_TITLE}</h1>{paragraphs(EN)}<p>{line}</p></article>")


def test_a_byline_and_date_under_a_long_repeated_headline_are_left_out():
    head = f"<p>{EN_TITLE}</p><p>By Ann Lee</p><p>Dec 01, 2026, 07:00 ET</p>"
    text = en_lines(f"<div class='story'><h1>{EN_TITLE}</h1>{head}{paragraphs(EN)}</div>")
    assert text == EN
    analysis = analyze("\n".join(text), title=EN_TITLE, max_sentences=10, lang="en")
    assert all("Ann Lee" not in s.text for s in key_sentences(analysis, 3))


def test_a_site_date_and_editor_line_above_the_lead_is_left_out():
    head = "<p>东湖财经 2026-11-12 20:41:05 作者：孙一 责编：陈二</p>"
    assert zh_lines(f"<div class='art'><h1>{ZH_TITLE}</h1>{head}{paragraphs(ZH)}</div>") == ZH


# --- a GB18030 page declared only in its meta, through the fetch path ---------------------------

GOV = page(f"""<table class="top"><tr><td><img src="/logo.gif"></td><td><a>无障碍</a> | <a>长者模式</a> | <a>English</a></td></tr></table>
<div class="article"><h1>{ZH_TITLE}</h1><div class="info">发布时间：2026-11-12 来源：市工信局</div>
<div id="zoom">{paragraphs(ZH)}<p>附件：</p><p><a href="/a/1.pdf">1.收购方案说明.pdf</a></p><p><a href="/a/2.docx">2.申报表.docx</a></p></div>
<div class="tools"><a>【打印本页】</a> <a>【关闭窗口】</a></div></div>""", title=f"{ZH_TITLE}_市工信局", lang="zh-CN", charset="gb2312")


@pytest.fixture
async def server():
    async with serve_pages({"/gov": GOV.encode("gb18030")}) as url:
        yield url


async def test_a_gb18030_portal_page_gives_its_story_without_toolbar_or_attachment_label(server):
    config = FetchConfig(timeout=5.0, allowed_networks=("127.0.0.1/32",))
    article = await fetch_article(f"{server}/gov", config=config)
    assert article.title == ZH_TITLE
    assert article.text.splitlines() == ZH
