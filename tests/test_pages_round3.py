"""The third pages round (issue #13): news pages written for it, served on 127.0.0.1 and read
through the fetcher. A story split over pages is read to its last page (and no further: not the
next story, not another site); a press release's About/关于 part, its forward-looking caution and its
contacts feed no keyword and no key figure; an interview's answer is shown under its question."""

from __future__ import annotations

import pytest

from bot.web.fetch import FetchConfig, fetch_article
from bot.web.next_page import next_page_url, page_number
from summarizer import analyze
from summarizer.boilerplate import boilerplate
from summarizer.split import split_sentences

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


RELEASE_TITLE = "栖岩医疗第三季度营收同比增长31%"
RELEASE = "\n".join([
    "杭州，2026年11月19日——栖岩医疗科技有限公司（以下简称“栖岩医疗”）今日公布第三季度未经审计财务业绩。",
    "第三季度，公司实现总营收3.64亿元人民币，同比增长31.4%；毛利率为63.2%。",
    "公司预计第四季度总营收将在3.9亿元至4.1亿元人民币之间。",
    "关于栖岩医疗",
    "栖岩医疗成立于2011年，总部位于杭州，是一家专注于眼科手术器械的医疗科技公司。公司拥有超过1,600名员工，产品已进入全球50多个国家和地区。",
    "前瞻性陈述",
    "本新闻稿包含前瞻性陈述。实际结果可能与前瞻性陈述存在重大差异。除法律要求外，公司不承担更新任何前瞻性陈述的义务。",
    "媒体联系人",
    "栖岩医疗品牌部 沈蔓 电话：0571-5555-0101",
    "邮箱：media@qiyan.example",
])


def test_a_chinese_releases_about_and_caution_give_no_keyword_and_no_key_figure() -> None:
    # "员工: 1,600名" and "50多个国家和地区" were key figures; 前瞻性陈述 a keyword.
    analysis = analyze(RELEASE, title=RELEASE_TITLE)
    ranked = [f.text for f in analysis.figures if f.rank is not None]
    assert not any(text in ranked for text in ("1,600名", "50多个")), ranked
    assert "3.64亿元人民币" in ranked
    words = [k.word for k in analysis.keywords]
    assert not any(word in words for word in ("前瞻性陈述", "前瞻性", "陈述", "位于", "邮箱")), words


def test_a_heading_opening_with_guanyu_is_the_story_s_own_when_no_company_follows() -> None:
    text = "\n".join(["交易对方承诺，标的公司2027年净利润不低于2.1亿元。", "关于收购的原因",
                      "银川港务表示，收购有助于公司打通港口与内陆物流的衔接。", "关于栖岩医疗", "栖岩医疗成立于2011年。"])
    spans = split_sentences(text, "zh")
    flags = boilerplate([s.text for s in spans], [s.paragraph for s in spans])
    assert flags == [False, False, False, True, True]


def test_contact_lines_stay_in_the_contacts_part() -> None:
    # "Marcus Lee, …, +1 512 555 0144" has no end mark: it was read as a heading ending the part,
    # and its phone number became a key figure.
    text = "\n".join(["Revenue was $148.6 million, up 22% from a year earlier.", "Investor Contact",
                      "Marcus Lee, Halvard Systems, ir@halvard.example, +1 512 555 0144", "Media Contact",
                      "Jenna Ortiz, press@halvard.example"])
    spans = split_sentences(text, "en")
    assert boilerplate([s.text for s in spans], [s.paragraph for s in spans]) == [False, True, True, True, True]
    figures = analyze(text).figures
    assert not any("555" in f.text and f.rank is not None for f in figures)


INTERVIEW_TITLE = "专访屿澄半导体总经理梁湛：明年产能利用率有望回到九成"
INTERVIEW = "\n".join([
    "屿澄半导体总经理梁湛近日接受本报记者专访，谈及行业周期和扩产计划。",
    "记者：今年三季度公司的产能利用率是多少？",
    "梁湛：大概在78%左右，比二季度提高了9个百分点，车规级产品的订单恢复得最快。",
    "记者：明年的资本开支计划是怎样的？",
    "梁湛：预计在25亿元左右，主要投向12英寸产线，比今年减少约三成。",
    "记者：对明年怎么判断？",
    "梁湛：我们判断明年二季度以后产能利用率有望回到90%以上。",
])
INTERVIEW_EN = "\n".join([
    "Marlow Ports is spending heavily on automated cranes. Chief executive Hannah Brooks spoke to us about costs.",
    "Q: How much will the automation programme cost?",
    "A: About $1.1 billion over four years. Most of it is cranes and the software that runs them.",
    "Q: Will there be job cuts?",
    "A: No compulsory ones. We expect headcount to fall by around 300 through retirements.",
])


def test_an_answer_is_shown_under_its_question() -> None:
    # "梁湛：大概在78%左右，…" was a key sentence and a quote, with nothing saying what is 78%.
    analysis = analyze(INTERVIEW, title=INTERVIEW_TITLE, max_sentences=4)
    answers = [s.text for s in analysis.sentences if "梁湛：" in s.text]
    assert answers and all(text.startswith("记者：") and "？ 梁湛：" in text for text in answers), answers
    quotes = {q.text[:6]: q.question for q in analysis.quotes}
    assert quotes["大概在78%"] == "记者：今年三季度公司的产能利用率是多少？", quotes
    english = analyze(INTERVIEW_EN, max_sentences=4)
    shown = [s.text for s in english.sentences if "A: " in s.text]
    assert all(text.startswith("Q: ") for text in shown), shown
    assert all(q.question and q.question.startswith("Q: ") for q in english.quotes)


def test_an_answer_opening_on_its_number_gives_no_key_figure_and_its_label_no_subject() -> None:
    # "梁湛: 大概在78%左右" and "About $1.1 billion over four years" were key figures.
    figures = analyze(INTERVIEW, title=INTERVIEW_TITLE).figures
    assert not any(f.subject == "梁湛" for f in figures)
    ranked = [f.text for f in figures if f.rank is not None]
    assert not any(text in ranked for text in ("78%左右", "9个百分点", "25亿元左右")), ranked
    assert "90%以上" in ranked  # an answer naming what it counts keeps its figure
    english = [f.text for f in analyze(INTERVIEW_EN).figures if f.rank is not None]
    assert "$1.1 billion" not in english and "300" in english, english


def test_the_quotes_view_shows_the_question_under_the_answer() -> None:
    from bot.core.service import Brief
    from bot.render.text import quotes
    from summarizer.model import Article

    analysis = analyze(INTERVIEW, title=INTERVIEW_TITLE)
    shown = quotes(Brief(1, Article(text=INTERVIEW, title=INTERVIEW_TITLE), analysis), "zh")
    answer_line = next(i for i, line in enumerate(shown.splitlines()) if "大概在78%左右" in line)
    assert "今年三季度公司的产能利用率是多少？" in shown.splitlines()[answer_line + 1]


LIVE = [
    "The FTSE 100 closed down 0.7% at 8,412, while the FTSE 250 fell 1.1%.",
    "Shares of Larkmoor Foods dropped 6.4% after the grocer cut its profit forecast to £310 million.",
    "Brent crude fell 1.2% to $70.40 a barrel after US inventories rose by 2.8 million barrels.",
]


async def test_a_live_pages_entry_times_are_no_part_of_its_lines(site):
    # "16:42 The FTSE 100 closed down 0.7%…" was a key sentence, and its key figure had no subject.
    entries = "".join(f"<p>{time} {line}</p>" for time, line in zip(("16:42", "15:10", "11:30"), LIVE))
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Markets live: London stocks slip</title>'
            '</head><body><article><h1>Markets live: London stocks slip</h1><p class="byline">By Markets Desk</p>'
            f"{entries}<p>At 09:35 the market opened little changed, with miners lower.</p></article></body></html>")
    site.expect_request("/live").respond_with_data(page.encode(), content_type="text/html")
    article = await fetch_article(site.url_for("/live"), config=CONFIG)
    assert article.text.splitlines()[-4:-1] == LIVE, article.text
    assert article.text.splitlines()[-1].startswith("At 09:35")  # a time inside a line stays
    figures = analyze(article.text, title=article.title).figures
    assert any(f.subject == "The FTSE 100" and f.text == "0.7%" for f in figures)


def test_one_paragraph_opening_on_a_time_keeps_it() -> None:
    from summarizer.extract import extract_article

    page = ("<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
            "<p>09:30 is when the two sides are due to meet again at the ministry in Rome, officials said on Monday.</p>"
            "<p>The union wants a pay rise of 6% this year and a further 4% next year for its 41,000 members.</p>"
            "</article></body></html>")
    assert extract_article(page).text.startswith("09:30 is when")


async def test_a_next_page_sent_on_elsewhere_is_not_read(site):
    # A site that redirects a page it no longer has to its home page: that page is no part of the story.
    pages = _split_pages()
    site.expect_request("/n/2026/jsdq.html").respond_with_data(pages["/n/2026/jsdq.html"].encode("gbk"),
                                                              content_type="text/html")
    site.expect_request("/n/2026/jsdq_2.html").respond_with_data(
        "", status=302, headers={"Location": site.url_for("/n/2026/gl.html")})
    site.expect_request("/n/2026/gl.html").respond_with_data(pages["/n/2026/gl.html"].encode("gbk"),
                                                            content_type="text/html")
    article = await fetch_article(site.url_for("/n/2026/jsdq.html"), config=CONFIG)
    assert article.text.splitlines() == SPLIT[0]


def test_a_bare_answer_after_an_answer_that_named_its_speaker_has_no_speaker() -> None:
    # At a press conference the second "答：" went to the official named inside the first answer.
    text = "\n".join([
        "工业和信息化部18日举行新闻发布会。1—10月，全国规模以上工业增加值同比增长5.9%。",
        "问：当前工业经济运行面临哪些挑战？",
        "答：工信部运行监测协调局负责人陶然表示，部分行业需求仍然偏弱，企业利润修复有待巩固。",
        "问：明年的重点工作有哪些？",
        "答：一是推动传统产业改造升级，二是培育新兴产业，三是加大中小企业帮扶力度。",
    ])
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == ["陶然"], quotes
    presented = "\n".join(["国家统计局新闻发言人付凌晖就10月份国民经济运行情况答记者问。", "问：10月份消费增速为何回落？",
                           "答：主要是去年同期基数较高，汽车消费有所放缓。"])
    answer = analyze(presented).quotes[0]  # the one presented before the questions still answers
    assert answer.speaker == "付凌晖" and answer.question == "问：10月份消费增速为何回落？"


def test_a_warning_after_but_is_not_dated_by_the_result_before_it() -> None:
    # "jets (the third quarter): 14" — the grounded jets are the warning's, into next year.
    text = ("Ardent Airways returned to a profit in the third quarter as demand kept fares high, but the carrier "
            "warned that engine repairs would keep 14 of its jets on the ground into next year.")
    jets = next(f for f in analyze(text).figures if f.text == "14")
    assert jets.period == "next year", jets
    said = next(f for f in analyze("Sales rose 4% in the first half, but said margins fell to 9.5%.").figures
                if f.text == "9.5%")
    assert said.period == "the first half"  # what the same result says is still dated by it
