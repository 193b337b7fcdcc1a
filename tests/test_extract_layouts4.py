"""Furniture of the fourth round of written page layouts (benchmarks/data/pages_written4), on small
pages of our own: reporter and editor credits with a bar, a site's bare 声明 and an app pitch, a
reader counter and an edit stamp with its IP place, a listed company's announcement (exchange
disclaimer, incorporation and stock code lines, signature, board list), a call operator's
greeting, a paywall meter, paragraphs lazy-loaded inside <noscript> with
their "Loading…" boxes, a video transcript's timecoded lines; and a GBK page declared only in
the HTTP header and split over two pages, through the bot's fetch path; and from the holdout's run,
a print view's title and header lines, a bracketed credits line and a 知识产权 rights notice. Also
what must stay."""

from __future__ import annotations

import pytest

from bot.web.fetch import FetchConfig, fetch_article
from summarizer import analyze
from summarizer.extract import extract_article
from tests.layout_pages import EN, ZH, ZH_TITLE, page, paragraphs, zh_lines
from tests.page_server import serve_pages

EN_TITLE = "Marlowe Textiles to close two mills"


def en_lines(inner: str) -> list[str]:
    return extract_article(page(inner, title=EN_TITLE, lang="en"), url="https://news.example.com/a/1").text.splitlines()


# --- lines of the page ---------------------------------------------------------------------------

@pytest.mark.parametrize("junk", [
    "东湖财经记者 | 孙一",
    "东湖财经编辑 | 陈二",
    "声明：东湖财经力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担",
    "下载“东湖财经”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。",
    "1,204 人赞同了该文章".replace(",", ""),
    "编辑于 2026-11-20 10:12・IP 属地上海",
    "IP 属地：浙江",
    # from the holdout's run
    "（作者：孙一 编辑：陈二）",
    "东湖财经及其客户端、网站所刊载的全部内容的知识产权均属东湖财经传媒集团有限公司所有。未经书面授权，任何单位和个人不得以任何方式转载、摘编或使用。",
])
def test_a_zh_line_of_the_page_is_left_out(junk):
    assert zh_lines(f"<article><h1>{ZH_TITLE}</h1>{paragraphs(ZH[:2])}<p>{junk}</p>{paragraphs(ZH[2:])}</article>") == ZH


@pytest.mark.parametrize("line", [
    "下载量方面，云岫科技的工业APP累计下载超过120万次，同比增长40%。",
    "编辑于2025年加入公司的陈二表示，传感器业务明年有望扭亏。",
    "声明发布后，云岫科技股价当日上涨3.2%，成交额约4.6亿元。",
    "公司表示，已有1204人参加了员工持股计划，覆盖全部中层管理人员。",
    "法院认定，涉案专利的知识产权归原告所有，被告未经许可生产销售相关传感器，判赔120万元。",
])
def test_a_zh_line_of_the_story_stays(line):
    assert line in zh_lines(f"<article><h1>{ZH_TITLE}</h1>{paragraphs(ZH)}<p>{line}</p></article>")


@pytest.mark.parametrize("junk", [
    "Operator: Good morning, and welcome to the Marlowe Textiles third-quarter earnings call.",
    "Operator: Our next question comes from Jo Park with Hale Securities.",
    "Loading…",
    "You have 2 free articles remaining this month.",
    # from the holdout's run: a print view's header
    "Printed from: Piedmont Ledger",
    "URL: https://www.piedmontledger.example/news/marlowe-mills/article_1.html",
    "Printed on: December 4, 2026 9:12 AM",
])
def test_an_en_line_of_the_page_is_left_out(junk):
    assert en_lines(f"<article><h1>{EN_TITLE}</h1>{paragraphs(EN[:2])}<p>{junk}</p>{paragraphs(EN[2:])}</article>") == EN


@pytest.mark.parametrize("line", [
    "Loading of the first trucks at the Burlington plant began on Monday, Marlowe said.",
    "The operator of the two mills, a Marlowe subsidiary, will keep 40 maintenance workers on site.",
    "Correction of the inventory glut could take until late next year, Whitfield said.",
    "Correction: An earlier version of this story misstated the number of mills. Marlowe has four.",
    "Printed circuit boards made up 12% of the mills' orders last year, Marlowe said.",
])
def test_an_en_line_of_the_story_stays(line):
    assert line in en_lines(f"<article><h1>{EN_TITLE}</h1>{paragraphs(EN)}<p>{line}</p></article>")


@pytest.mark.parametrize("title", [f"Print: {EN_TITLE}", f"Printer-friendly version: {EN_TITLE}"])
def test_a_print_view_title_is_the_headline(title):
    html = page(f"<h1>{EN_TITLE}</h1>{paragraphs(EN)}", title=title, lang="en")
    assert extract_article(html, url="https://news.example.com/a/1?print=1").title == EN_TITLE


def test_a_title_that_only_starts_with_print_words_stays():
    title = "Printing firm Marlowe to close two mills"
    html = page(f"<h1>{title}</h1>{paragraphs(EN)}", title=title, lang="en")
    assert extract_article(html, url="https://news.example.com/a/1").title == title

# --- a listed company's announcement --------------------------------------------------------------

HK = [
    "本公告乃雲岫科技控股有限公司（「本公司」）自願作出，旨在向股東提供本集團最新的業務資料。",
    "董事會謹此公佈，截至2026年10月31日止十個月，本集團工業傳感器出貨量約為1,860萬件，較去年同期增長22.4%。",
    "董事會認為，出貨量增長主要受惠於新能源汽車及儲能客戶訂單持續上升，以及本集團於東莞新建的生產線投入營運。",
]
HK_PAGE = f"""<div class="notice"><p>香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。</p>
<p>（於百慕達註冊成立的有限公司）<br>（股份代號：8821）</p><h1>自願性公告：業務更新</h1>{paragraphs(HK)}
<p>承董事會命<br>雲岫科技控股有限公司<br>主席<br>林一鳴</p><p>香港，2026年11月12日</p>
<p>於本公告日期，董事會包括執行董事林一鳴先生及陳靜女士；以及獨立非執行董事周德先生、梁慧女士及譚森先生。</p></div>"""


def test_an_announcement_keeps_its_statements_without_disclaimer_signature_or_board_list():
    article = extract_article(page(HK_PAGE, title="自願性公告：業務更新", lang="zh-HK"), url="https://ir.example.hk/a/1.html")
    assert article.text.splitlines() == HK
    analysis = analyze(article.text, title=article.title, max_sentences=10, lang="zh")
    assert not {"先生", "女士"} & {k.word for k in analysis.keywords}


def test_an_english_announcement_loses_the_exchange_disclaimer_and_board_list():
    inner = ("<p>Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no "
             "responsibility for the contents of this announcement, make no representation as to its accuracy or "
             "completeness and expressly disclaim any liability whatsoever for any loss howsoever arising.</p>"
             "<p>(incorporated in the Cayman Islands with limited liability)</p><p>(Stock Code: 8821)</p>"
             f"<h1>{EN_TITLE}</h1>{paragraphs(EN)}<p>By order of the Board<br>Marlowe Textiles Holdings Limited<br>"
             "Dana Whitfield<br>Chairman</p><p>As at the date of this announcement, the Board comprises Ms. Dana "
             "Whitfield and Mr. Jo Park as executive directors.</p>")
    assert en_lines(f"<div class='notice'>{inner}</div>") == EN


# --- text a page hides, video text beside the story -----------------------------------------------

def test_paragraphs_lazy_loaded_in_noscript_are_read_and_their_placeholders_left_out():
    hidden = "".join(f'<div class="lazy"><noscript>{paragraphs([p])}</noscript><div>Loading…</div></div>' for p in EN[2:])
    assert en_lines(f"<div class='story'><h1>{EN_TITLE}</h1>{paragraphs(EN[:2])}{hidden}</div>") == EN


def test_a_noscript_copy_of_the_story_or_a_javascript_notice_is_not_read():
    copy = f"<noscript>{paragraphs(EN)}</noscript>"
    notice = ("<noscript><p>Please enable JavaScript in your browser to read this site. Some features of the page "
              "need it to load the comments, the video player and the story's charts.</p></noscript>")
    assert en_lines(f"<div class='story'><h1>{EN_TITLE}</h1>{paragraphs(EN)}{copy}{notice}</div>") == EN


def test_a_video_transcript_is_left_out_with_its_figures():
    transcript = ("<div class='video'><h3>Transcript</h3><p>00:00 Textile stocks are under pressure today.</p>"
                  "<p>00:14 Cotton prices are up about 27% since the spring and that hits margins.</p></div>")
    text = en_lines(f"<div class='story'><h1>{EN_TITLE}</h1>{paragraphs(EN[:2])}{transcript}{paragraphs(EN[2:])}</div>")
    assert text == EN
    analysis = analyze("\n".join(text), title=EN_TITLE, max_sentences=10, lang="en")
    assert not any("27%" in f.text for f in analysis.key_figures)


def test_timed_live_entries_without_a_transcript_heading_stay():
    entries = ("<p>10:02 Marlowe shares opened 4% lower in New York after the announcement.</p>"
               "<p>10:31 The union representing the mill workers said it would ask for talks.</p>")
    text = en_lines(f"<div class='story'><h1>{EN_TITLE}</h1>{paragraphs(EN)}{entries}</div>")
    assert text[:4] == EN and len(text) == 6


# --- a GBK page declared only in the HTTP header, over two pages, through the fetch path ------------

PAGE_ONE = page(f"<div class='art'><h1>{ZH_TITLE}</h1>{paragraphs(ZH[:2])}"
                "<div class='pages'><a class='cur'>1</a> <a href='story_2.html'>2</a> <a href='story_2.html'>下一页</a></div>"
                "<p>（责任编辑：刘畅）</p></div>", title=f"{ZH_TITLE}_东湖网", lang="zh-CN", charset=None)
PAGE_TWO = page(f"<div class='art'><h1>{ZH_TITLE}</h1><p>东湖财经记者 | 孙一</p>{paragraphs(ZH[2:])}"
                "<div class='pages'><a href='story.html'>上一页</a> <a href='story.html'>1</a> <a class='cur'>2</a></div>"
                "<p>（责任编辑：刘畅）</p></div>", title=f"{ZH_TITLE}(2)_东湖网", lang="zh-CN", charset=None)


@pytest.fixture
async def server():
    pages = {"/story.html": PAGE_ONE.encode("gbk"), "/story_2.html": PAGE_TWO.encode("gbk")}
    async with serve_pages(pages, content_type="text/html; charset=GBK") as url:
        yield url


async def test_a_gbk_story_declared_in_the_header_only_is_read_over_both_pages(server):
    config = FetchConfig(timeout=5.0, allowed_networks=("127.0.0.1/32",))
    article = await fetch_article(f"{server}/story.html", config=config)
    assert article.title == ZH_TITLE
    assert article.text.splitlines() == ZH
