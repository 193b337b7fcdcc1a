"""What a reader saw of Chinese portal pages written for a reader round (issue #13) and read through the
fetcher from a server on 127.0.0.1: a results page whose long 免责声明 was quoted as the analyst's words, a
monthly-data page of <br> lines whose table and photo caption were read as story lines, a 7×24 flash
stream whose clock times and 【】 headlines garbled its key sentences and figures, and a steel-output
page whose dateline stood before a full-width space and whose 下旬 was dropped from every period."""

from __future__ import annotations

from bot.web.fetch import FetchConfig, fetch_article
from summarizer import analyze
from summarizer.datelines import without_dateline
from summarizer.extract import extract_article

CONFIG = FetchConfig(timeout=5.0, allowed_networks=("127.0.0.1/32",))


def _page(body: str, title: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_财经_云栖网</title></head><body>'
            '<div class="nav"><a>首页</a> | <a>财经</a> | <a>股票</a></div>'
            f'<div class="main"><h1>{title}</h1>{body}</div>'
            '<div class="footer">Copyright &copy; 2026 云栖网 浙ICP备00000000号</div></body></html>')


RESULTS_TITLE = "青岚科技前三季度净利润增长18.6%"
RESULTS = _page(
    '<div id="artibody">'
    "<p>　　云栖网讯 10月27日晚间，青岚科技发布三季报。前三季度，公司实现营业收入54.2亿元，同比增长12.1%；"
    "归属于上市公司股东的净利润6.37亿元，同比增长18.6%。</p>"
    "<p>　　公司董事会秘书严可在投资者交流会上表示，海外订单增长较快，四季度交付量将环比提升。</p>"
    "<p>　　云栖证券分析师程远认为，青岚科技新产品放量顺利，维持“增持”评级。</p></div>"
    '<div class="statement">免责声明：本文仅代表作者个人观点，与云栖网无关。其原创性以及文中陈述文字和内容未经本站证实，'
    "对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。</div>"
    '<div class="ed">（责任编辑：林夏）</div>',
    RESULTS_TITLE, charset="gbk")


async def test_a_long_disclaimer_is_no_line_of_the_story_nor_an_analysts_words(site):
    # At 100+ characters it passed the short-line rules; its "对本文…不作任何保证" was quoted as 程远's.
    site.expect_request("/results").respond_with_data(RESULTS.encode("gbk"), content_type="text/html")
    article = await fetch_article(site.url_for("/results"), config=CONFIG)
    assert "免责声明" not in article.text and article.text.endswith("维持“增持”评级。")
    quotes = analyze(article.text, title=article.title).quotes
    assert not any("保证" in quote.text for quote in quotes)


MONTHLY_TITLE = "10月全国挖掘机销量同比增长15.2%"
MONTHLY = _page(
    '<div class="txt">　　云栖网11月10日讯，工程机械协会10日发布数据显示，10月纳入统计的主要制造企业共销售挖掘机1.82万台，'
    "同比增长15.2%。<br><br>"
    '<div class="pic"><img src="/a.jpg"><span>图为某工程机械企业的总装车间。（资料图）</span></div>'
    "　　其中国内销量0.86万台，同比增长21.4%；出口量0.96万台，同比增长10.1%。<br><br>"
    '<table border="1"><tr><td>指标</td><td>10月</td><td>同比</td></tr><tr><td>国内（万台）</td><td>0.86</td><td>21.4%</td></tr>'
    "<tr><td>出口（万台）</td><td>0.96</td><td>-10.1%</td></tr></table>"
    "　　1至10月，挖掘机累计销量17.6万台，同比增长6.9%。<br></div>",
    MONTHLY_TITLE)


async def test_a_table_and_a_caption_among_br_lines_are_neither_story_lines(site):
    # The table came out as one line of cells ("指标 10月 同比 国内（万台） 0.86 …"): its cells were key
    # figures of "指标", and "-10.1%" lost its sign. The caption was glued to the next paragraph.
    site.expect_request("/monthly").respond_with_data(MONTHLY.encode("utf-8"), content_type="text/html; charset=utf-8")
    article = await fetch_article(site.url_for("/monthly"), config=CONFIG)
    lines = article.text.splitlines()
    assert lines.count("| 出口（万台） | 0.96 | -10.1% |") == 1
    assert lines[1] == "其中国内销量0.86万台，同比增长21.4%；出口量0.96万台，同比增长10.1%。"
    assert not any("图为" in line for line in lines)
    figures = analyze(article.text, title=article.title).figures
    assert not any(figure.subject == "指标" for figure in figures)
    assert all(figure.text == "-10.1%" for figure in figures if figure.text.endswith("10.1%") and "万台）" in figure.context)


def test_a_caption_box_without_a_picture_word_stays():
    # A short line beside a picture is dropped by its caption words only: a box's plain story line stays.
    html = _page('<div class="txt">　　' + "新厂投产后，公司年产能将提升至120万台，预计明年二季度满产。" * 3 + "<br>"
                 '<div class="pic"><img src="/b.jpg"><span>公司当日宣布新厂正式投产。</span></div></div>', "新厂投产")
    assert "公司当日宣布新厂正式投产。" in extract_article(html).text


FLASH = ('<!DOCTYPE html><html><head><title>7x24小时快讯_财经快讯_云栖网</title></head><body>'
         '<div class="topbar"><a>首页</a> | <a>新闻</a> | <a>财经</a> | <a>股票</a> | <a>基金</a></div>'
         '<div class="flash"><h2>7×24快讯</h2><div class="date">2026年12月05日 星期六</div><ul class="list">'
         '<li><span class="time">21:36</span><div class="item"><b>【澄江股份：拟回购2亿元至4亿元公司股份】</b>云栖网12月5日电，澄江股份公告，公司拟以集中竞价方式回购股份，回购金额2亿元至4亿元，回购价格不超过26元/股，回购股份将用于注销。</div></li><li><span class="time">21:02</span><div class="item"><b>【南枫能源：11月发电量同比增长9.3%】</b>云栖网12月5日电，南枫能源公告，11月公司完成发电量31.6亿千瓦时，同比增长9.3%；其中光伏发电量8.2亿千瓦时，同比增长30.5%。</div></li><li><span class="time">20:40</span><div class="item">云栖网12月5日电，据海关数据，前11个月全省货物贸易进出口总值1.9万亿元，同比增长5.2%。其中出口1.2万亿元，增长7.4%。</div></li><li><span class="time">20:15</span><div class="item"><b>【柏川航空总经理辞职】</b>云栖网12月5日电，柏川航空公告，总经理罗青因个人原因辞去公司总经理职务，辞职后不在公司担任任何职务。</div></li>'
         '</ul><div class="more"><a>加载更多</a></div></div></body></html>')


async def test_a_flash_streams_items_show_their_news_without_time_headline_or_dateline(site):
    site.expect_request("/flash").respond_with_data(FLASH.encode("utf-8"), content_type="text/html; charset=utf-8")
    article = await fetch_article(site.url_for("/flash"), config=CONFIG)
    assert not any(line.lstrip("- ").startswith(("21:36", "21:02", "20:40")) for line in article.text.splitlines())
    result = analyze(article.text, title=article.title)
    # Key sentences opened "21:36 【…】云栖网12月5日电，"; figures read "拟回购2亿元至4亿元公司股份】云栖网12月5日电".
    assert all(not s.text.startswith(("【", "21:", "云栖网")) for s in result.sentences), result.sentences
    assert not any("日电" in f.context or f.context.startswith("【") for f in result.figures if f.kind == "figure")


def test_a_time_that_opens_a_short_item_or_a_sentence_stays():
    from summarizer.extract_clean import _ITEM_TIME
    assert _ITEM_TIME.match("21:36 【澄江股份：拟回购】")
    assert not _ITEM_TIME.match("10:30，公司宣布停牌")  # a sentence's own time


def test_a_dateline_before_a_full_width_space_is_cut_off():
    # "云栖网12月9日讯　中国钢铁…": the analysis takes the space out between two Chinese words, so the
    # dateline ran into the lead ("…日讯中国钢铁工业协会9日发布…") and was shown.
    lead = "云栖财经12月9日讯中国钢铁工业协会9日发布数据显示，11月下旬重点统计钢铁企业平均日产粗钢201.4万吨。"
    assert without_dateline(lead, "zh").startswith("中国钢铁工业协会9日发布")
    # a company's day and its 电话会议 is no dateline
    call = "青岚科技12月9日电话会议上表示，四季度订单饱满，全年营收有望增长两成以上。"
    assert without_dateline(call, "zh") == call
    shown = analyze("云栖网12月9日讯　中国钢铁工业协会9日发布数据显示，2026年11月下旬，重点统计钢铁企业共生产粗钢2014万吨，"
                    "平均日产201.4万吨，环比下降3.7%。").sentences
    assert shown[0].text.startswith("中国钢铁工业协会")


def test_a_ten_day_period_keeps_its_xun():
    # "2026年11月下旬" was shown as the period "2026年11月": the month's output, another figure.
    figures = analyze("2026年11月下旬，重点统计钢铁企业平均日产粗钢201.4万吨，环比下降3.7%。11月下旬末，钢材库存量1486万吨，"
                      "比上一旬增加52万吨。").figures
    periods = {f.text: f.period for f in figures if f.kind == "figure"}
    assert periods["201.4万吨"] == "2026年11月下旬" and periods["1486万吨"] == "11月下旬末"


def test_the_shanghai_index_is_asked_by_its_short_name():
    # "沪指收盘涨多少" was refused ("the figures there belong to someone else") on a market close that
    # writes 上证指数 in its text and 沪指 only in its headline.
    from tests.ask_helpers import ask, library
    close = library("close", "收评：沪指涨0.86% 券商板块走强",
                    "截至收盘，上证指数涨0.86%，报3321.05点；深证成指涨1.12%，报10528.40点；创业板指涨1.47%。",
                    "沪深两市全天成交额为1.12万亿元，较上一交易日放量960亿元。")
    assert ask("沪指收盘涨多少？", close).sentences[0].highlighted == "0.86%"
    assert ask("深成指涨了多少？", close).sentences[0].highlighted == "1.12%"
    assert ask("恒指跌了多少？", close).abstained  # another market's index
