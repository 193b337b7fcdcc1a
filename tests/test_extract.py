"""HTML/PDF -> Article, pure: our Chinese clean-up and non-article detection."""

from __future__ import annotations

import pytest

from summarizer.errors import NotAnArticle
from summarizer.extract import extract_article
from summarizer.pdf import extract_pdf
from tests.pages import (
    ARTICLE_EN_TEXT,
    ARTICLE_ZH_PARAGRAPHS,
    ARTICLE_ZH_TEXT,
    BOILERPLATE_AFTER,
    CAPTCHA_HTML,
    JS_SHELL_HTML,
    LOGIN_HTML,
    PAYWALL_HTML,
    SHORT_HTML,
    article_html,
    minimal_pdf,
)


def test_metadata_comes_from_the_page():
    article = extract_article(article_html(ARTICLE_ZH_PARAGRAPHS), url="https://news.example.com/x")
    assert article.title == "东湖新能源一季度营收增长23%"
    assert article.site == "东湖财经网"
    assert article.author == "王小明"
    assert article.published == "2024-05-20"
    assert article.canonical_url == "https://news.example.com/2024/05/20/energy.html"
    assert article.lang == "zh"
    assert article.source_type == "html"


def test_chinese_boilerplate_after_the_article_is_removed():
    article = extract_article(article_html(ARTICLE_ZH_PARAGRAPHS, after=BOILERPLATE_AFTER))
    for paragraph in ARTICLE_ZH_PARAGRAPHS:
        assert paragraph in article.text
    for junk in ("责任编辑", "扫码关注", "相关阅读", "电池企业加速出海", "版权所有"):
        assert junk not in article.text


@pytest.mark.parametrize(
    "junk",
    [
        "<p>（责任编辑：李四）</p>",
        "<p>本文来源于东湖财经网，未经授权不得转载。</p>",
        "<p>点击关注东湖财经，第一时间获取行业动态</p>",
        "<p>免责声明：本文仅代表作者观点，不构成投资建议。</p>",
    ],
)
def test_single_boilerplate_lines_are_removed(junk):
    paragraphs = [*ARTICLE_ZH_PARAGRAPHS[:2], junk[3:-4], ARTICLE_ZH_PARAGRAPHS[2]]
    article = extract_article(article_html(paragraphs))
    assert junk[3:-4] not in article.text
    assert ARTICLE_ZH_PARAGRAPHS[2] in article.text


def test_comment_section_after_the_article_is_cut():
    comments = """<div class="comments"><h3>网友评论</h3>
    <p>用户A：这家公司的储能业务确实做得不错，期待二季度的表现。</p>
    <p>5月20日 10:11 举报 赞 12 回复</p>
    <p>用户B：竞争太激烈了，价格战什么时候是个头？</p></div>"""
    article = extract_article(article_html(ARTICLE_ZH_PARAGRAPHS, after=comments))
    assert "网友评论" not in article.text and "价格战" not in article.text
    assert ARTICLE_ZH_PARAGRAPHS[-1] in article.text


def test_a_heading_like_phrase_inside_the_article_is_kept():
    """Tail headings only cut when they come after the article, not at its start."""
    paragraphs = ["相关新闻：", *ARTICLE_ZH_PARAGRAPHS]
    article = extract_article(article_html(paragraphs))
    assert ARTICLE_ZH_TEXT.split("\n")[-1] in article.text


def test_english_article_is_extracted_and_tagged_english():
    html = article_html([ARTICLE_EN_TEXT, ARTICLE_EN_TEXT.replace("April", "May")], title="Port volumes rise")
    article = extract_article(html.replace('lang="zh-CN"', 'lang="en"'))
    assert "container volumes rose 12 percent" in article.text
    assert article.lang == "en"


def test_bytes_input_is_accepted():
    article = extract_article(article_html(ARTICLE_ZH_PARAGRAPHS).encode("utf-8"))
    assert ARTICLE_ZH_PARAGRAPHS[0] in article.text


@pytest.mark.parametrize(
    ("html", "reason"),
    [(PAYWALL_HTML, "paywall"), (JS_SHELL_HTML, "js_shell"), (CAPTCHA_HTML, "captcha"),
     (LOGIN_HTML, "login"), (SHORT_HTML, "too_short"), ("", "too_short"), ("<html></html>", "too_short")],
)
def test_pages_that_are_not_articles_raise_with_a_reason(html, reason):
    with pytest.raises(NotAnArticle) as caught:
        extract_article(html)
    assert caught.value.reason == reason


def test_paywall_markup_on_a_full_article_is_not_a_paywall():
    """Metered sites put paywall containers on every page; a full text still counts."""
    after = '<div class="paywall-sign-in"><a href="/login">Sign in</a></div>'
    html = article_html([ARTICLE_EN_TEXT] * 3, after=after)
    assert "container volumes" in extract_article(html).text


def test_an_article_that_mentions_captcha_is_still_an_article():
    paragraphs = [*ARTICLE_ZH_PARAGRAPHS, "另据了解，部分网站近期升级了验证码系统，以防止恶意抓取。"]
    assert "验证码" in extract_article(article_html(paragraphs)).text


def test_pdf_text_and_document_info():
    article = extract_pdf(minimal_pdf(ARTICLE_EN_TEXT))
    assert "container volumes rose 12 percent" in article.text
    assert article.title == "Port volumes report"
    assert article.author == "Research Desk"
    assert article.source_type == "pdf"
    assert article.lang == "en"


@pytest.mark.parametrize(("data", "reason"), [(b"%PDF-1.4 broken", "no_text"), (b"not a pdf", "no_text")])
def test_unreadable_pdfs_raise(data, reason):
    with pytest.raises(NotAnArticle) as caught:
        extract_pdf(data)
    assert caught.value.reason == reason


def test_pdf_with_too_little_text_is_too_short():
    with pytest.raises(NotAnArticle) as caught:
        extract_pdf(minimal_pdf("Cover page"))
    assert caught.value.reason == "too_short"
