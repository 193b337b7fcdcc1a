"""Page layouts the clean-up must read right: lines of the page's furniture left inside the
story's container (headline, header lines, captions, editor and tip lines, app promotions,
action bars, newsletter prompts, contributor credits), a one-line related link inside the
story, <br>-separated bodies, layout tables, pull quotes, live entries. Our own small pages."""

from __future__ import annotations

import pytest

from bot.web.fetch import FetchConfig, fetch_article
from summarizer.extract import extract_article
from tests.page_server import serve_pages

LEAD = ("3月10日，东湖机器人公司在北京发布第二代家用机械臂，新产品售价1.99万元，较第一代产品下降约45%，"
        "公司表示价格下降主要得益于关节模组的自研。")
STORY = [
    LEAD,
    "据介绍，新产品自重9.5公斤，最大负载3公斤，可以完成叠衣服、收拾餐桌、给植物浇水等20多项家务，首批计划交付1万台。",
    "公司创始人林一鸣表示，第一代产品上市以来累计销售约4800台，其中约三分之一的用户是有老人需要照顾的家庭。",
    "业内人士指出，家用机器人距离大规模普及仍有距离，真正的门槛在于能否稳定可靠地完成家务，而不只是价格。",
]
HEADLINE = "东湖机器人发布第二代家用机械臂"


def page(inner: str, *, title: str = HEADLINE, lang: str = "zh-CN", head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}_东湖网</title>{head}</head>
<body><div class="nav"><a>首页</a> <a>财经</a> <a>科技</a></div>
{inner}
<div class="footer">关于我们 联系我们</div></body></html>"""


def paragraphs(texts: list[str]) -> str:
    return "\n".join(f"<p>{t}</p>" for t in texts)


def test_a_one_line_related_link_inside_the_story_does_not_end_it():
    inner = f"""<div class="article"><h1>{HEADLINE}</h1>{paragraphs(STORY[:2])}
    <p><strong>延伸阅读：<a href="/a/1">《扫地机器人价格战打响》</a></strong></p>{paragraphs(STORY[2:])}</div>"""
    text = extract_article(page(inner)).text
    for paragraph in STORY:
        assert paragraph in text
    assert "扫地机器人价格战" not in text


def test_a_related_heading_with_its_list_still_ends_the_story():
    inner = f"""<div class="article">{paragraphs(STORY)}<p>相关阅读：</p>
    <p>储能行业迎来新一轮扩产潮，龙头企业纷纷加码投资</p><p>电池企业加速出海，欧洲市场需求旺盛超出预期</p></div>"""
    text = extract_article(page(inner)).text
    assert STORY[-1] in text and "扩产潮" not in text and "加速出海" not in text


def test_a_br_separated_body_keeps_its_paragraphs_and_loses_caption_and_editor_lines():
    body = "<br><br>".join(STORY[:2]) + (
        '<br><br><img src="/a.jpg"><br><span class="imgDesc">新产品正在演示叠衣服。 东湖网记者 王明 图</span><br><br>'
        + "<br><br>".join(STORY[2:]))
    inner = f"""<div class="newscontent"><h1>{HEADLINE}</h1>
    <div class="about"><p>东湖网记者 王明 实习生 李华</p><p>2025-03-10 14:27 来源：东湖网</p></div>
    <div class="news_txt">{body}</div>
    <div class="editor">责任编辑：王雯 图片编辑：蒋立冬</div><div class="editor">校对：张艳</div>
    <div class="tip">东湖网报料：021-96286600</div><div class="tags">#机器人 #家电 #科技</div>
    <div class="bar">+1 收藏 我要举报</div></div>"""
    text = extract_article(page(inner)).text
    for paragraph in STORY:
        assert paragraph in text
    for junk in ("演示叠衣服", "王雯", "张艳", "报料", "#机器人", "我要举报", "实习生", "来源", HEADLINE):
        assert junk not in text


def test_traditional_chinese_editor_lines_are_dropped():
    story = ["（中央社記者林宏達新竹12日電）晶圓代工廠今天公布2月營收為新台幣2600.1億元，較去年同期成長43.1%，累計前2月營收創歷年同期新高。",
             "公司表示，2月營收月減主要是因為工作天數較少，法人指出人工智慧相關晶片需求依然強勁，先進製程產能持續滿載。",
             "市場也關注美國關稅政策對半導體產業的影響，公司表示目前尚未看到客戶需求出現明顯變化，將持續與客戶密切溝通。"]
    inner = f'<div class="paragraph">{paragraphs(story)}<p>（編輯：張良知）1140312</p></div>'
    text = extract_article(page(inner, title="晶圓代工廠2月營收年增43%", lang="zh-Hant-TW")).text
    assert story[-1] in text and "編輯" not in text


def test_headline_and_header_lines_above_the_lead_are_dropped():
    inner = f"""<div class="main"><div class="detail"><div class="title">{HEADLINE}</div>
    <div class="infos"><div class="item">2025年03月12日 09:31</div><div class="item">来源：东湖财经数据</div>
    <div class="item">作者：陆骁</div><div class="item">评论(8)</div></div>
    <div class="txtinfos" id="ContentBody">{paragraphs(STORY)}</div></div></div>"""
    text = extract_article(page(inner)).text
    assert text.splitlines()[0] == LEAD
    assert STORY[-1] in text


@pytest.mark.parametrize("line", [
    "海量资讯、精准解读，尽在东湖财经APP",
    "打开东湖财经APP，查看更多实时行情",
    "（原标题：家用机械臂卖到两万以下了）",
    "（文章来源：东湖证券）",
    "上一篇：东湖机器人召开年度工作会议",
    "【打印本页】【关闭窗口】",
    "图为东湖机器人位于深圳的生产线。（资料图）",
    "“小途2”正在演示叠衣服。（图片来源：东湖机器人）",
    "本文来自微信公众号“硬核观察”（ID：yhgc），作者：王某，东湖网经授权发布。",
    "声明：该文观点仅代表作者本人，东湖号系信息发布平台，东湖网仅提供信息存储空间服务。",
    "返回东湖网，查看更多",
    "安装东湖财经客户端第一时间接收最全面的市场资讯→【下载地址】",
    "（本文仅供参考，不构成投资建议）",
    ("此内容为东湖财经原创，著作权归东湖财经所有。未经东湖财经书面授权，不得以任何方式加以使用，"
     "包括转载、摘编、复制或建立镜像。东湖财经保留追究侵权者法律责任的权利。"),
    "如需获得授权请联系东湖财经版权部：banquan@example.com",
    "請繼續往下閱讀...",
])
def test_page_furniture_lines_inside_the_story_are_dropped(line):
    texts = [*STORY[:2], line, *STORY[2:]]
    text = extract_article(page(f'<div class="article">{paragraphs(texts)}</div>')).text
    assert line not in text
    for paragraph in STORY:
        assert paragraph in text


@pytest.mark.parametrize("line", [
    "市民也可以打开支付宝APP进行缴费。",
    "来自北京的记者王明在现场看到，排队的市民超过百人。",
    "This service costs $9.99 a month, and anyone in the US can subscribe.",
])
def test_story_lines_that_look_like_furniture_are_kept(line):
    texts = [*STORY[:2], line, *STORY[2:]]
    text = extract_article(page(f'<div class="article">{paragraphs(texts)}</div>')).text
    assert line in text


def test_a_disclaimer_section_after_the_story_is_dropped():
    inner = f"""<article>{paragraphs(STORY)}<h4>风险提示及免责条款</h4>
    <p>市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标、财务状况或需要。</p></article>"""
    text = extract_article(page(inner)).text
    assert STORY[-1] in text and "投资需谨慎" not in text


def test_a_page_of_photos_keeps_its_captions():
    captions = ["5月19日，在多米尼加首都圣多明各，阿比纳德尔在竞选总部发表胜选演讲。 新华社记者 李梦馨 摄",
                "5月19日，在多米尼加首都圣多明各，支持者在竞选总部外挥舞旗帜庆祝选举结果。 新华社记者 李梦馨 摄"]
    text = extract_article(page(f'<div class="article">{paragraphs(captions)}</div>')).text
    assert all(caption in text for caption in captions)


EN_STORY = [
    ("OSLO, March 12 (Reuters) - Nordvik Power cut its full-year profit forecast on Wednesday after weak winds "
     "across northern Europe reduced output at its offshore farms, sending its shares down 7% in early trade."),
    ("The utility now expects adjusted operating profit of 8.5 billion to 9.5 billion crowns for 2025, down from "
     "a previous range of 10 billion to 11 billion crowns, the company said in a statement."),
    ("Wind generation in the first two months of the year was about 18% below the long-term average, while lower "
     "power prices in the Nordic market also weighed on revenue."),
]


@pytest.mark.parametrize("line", [
    "The Power Up newsletter provides everything you need to know about the global energy industry. Sign up here.",
    "Reporting by Lena Haug in Oslo; Editing by Mark Potter",
    "Associated Press writer Tom Becker in Lansing, Michigan, contributed to this report.",
    "Advertisement",
    "Wind turbines at an offshore wind farm near Bergen, Norway, September 4, 2024. REUTERS/Erik Lund/File Photo",
    "Students line up for lunch at an elementary school in Denver, Feb. 25, 2025. (AP Photo/Jack Dempsey)",
    "Share",
    "Listen to this article · 5 min",
    "4 min read",
    "Sign up now: Get smarter about your money and career with our weekly newsletter",
    "Story continues below advertisement",
])
def test_english_furniture_lines_are_dropped(line):
    texts = [*EN_STORY[:2], line, EN_STORY[2]]
    html = page(f'<div class="story">{paragraphs(texts)}</div>', title="Nordvik Power cuts outlook", lang="en")
    text = extract_article(html).text
    assert line not in text
    assert all(paragraph in text for paragraph in EN_STORY)


def test_an_english_linked_line_inside_the_story_does_not_end_it():
    texts = [*EN_STORY[:2], '<strong>Don\'t miss: <a href="/x">Oil steadies as traders weigh supply plans</a></strong>',
             EN_STORY[2]]
    html = page(f'<div class="story">{paragraphs(texts)}</div>', title="Nordvik Power cuts outlook", lang="en")
    text = extract_article(html).text
    assert "Oil steadies" not in text and all(paragraph in text for paragraph in EN_STORY)


def test_a_pull_quote_is_dropped_and_its_paragraph_kept():
    said = "“县城的生活节奏没那么快，但大家对精致生活的需求是一样的。”"
    texts = [*STORY[:2], f"{said}一位在当地开了两年咖啡馆的店主说，她的店每天能卖出120杯左右。", *STORY[2:]]
    inner = f"""<div class="article">{paragraphs(texts[:2])}<blockquote class="pull-quote"><p>{said}</p></blockquote>
    {paragraphs(texts[2:])}</div>"""
    text = extract_article(page(inner)).text
    assert text.count("精致生活") == 1 and texts[2] in text


def test_live_entries_keep_their_times():
    entries = [("11:30", "A股三大指数午间收盘涨跌不一，沪指涨0.21%，深成指跌0.12%，两市半日成交额1.02万亿元。"),
               ("11:05", "机器人概念股持续活跃，减速器、伺服电机方向领涨，板块内超过15只个股涨停。"),
               ("10:20", "港股恒生科技指数涨幅扩大至2%，多只科网股涨超3%，南向资金净买入超过40亿港元。")]
    items = "".join(f'<div class="live-item"><div class="time">{t}</div><div class="content"><p>{c}</p></div></div>'
                    for t, c in entries)
    text = extract_article(page(f'<article><div class="live-list">{items}</div></article>')).text
    for time, content in entries:
        assert time in text and content in text


# --- a table-laid-out page in GBK, fetched over HTTP ---------------------------------------------

TABLE_PAGE = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我市一季度重大项目集中开工</title></head><body>
<table width="1000"><tr><td class="nav"><a href="/">首页</a> | <a>政务公开</a> | <a>新闻中心</a> | <a>办事服务</a></td></tr></table>
<table width="1000"><tr><td>当前位置：<a>首页</a> &gt; <a>新闻中心</a></td></tr></table>
<table width="1000"><tr><td align="center"><b>我市一季度重大项目集中开工</b></td></tr>
<tr><td align="center">来源：市发改委　作者：刘振华　发布时间：2025-03-12</td></tr>
<tr><td>{paragraphs(STORY)}
<table><tr><th>领域</th><th>项目数</th><th>投资（亿元）</th></tr><tr><td>先进制造</td><td>18</td><td>126</td></tr>
<tr><td>新能源</td><td>9</td><td>88</td></tr></table></td></tr>
<tr><td align="right">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a>市发改委召开工作会议</a><br>下一篇：<a>我市出台支持民营经济十条措施</a></td></tr></table>
<table width="1000"><tr><td>主办单位：市人民政府办公室　版权所有　备案号：苏ICP备05012345号</td></tr></table></body></html>"""


@pytest.fixture
async def server():
    async with serve_pages({"/table": TABLE_PAGE.encode("gbk")}) as url:
        yield url


async def test_a_layout_table_page_gives_its_story_and_keeps_its_data_table(server):
    config = FetchConfig(timeout=5.0, allowed_networks=("127.0.0.1/32",))
    article = await fetch_article(f"{server}/table", config=config)
    lines = article.text.splitlines()
    assert lines[0] == LEAD
    assert all(paragraph in lines for paragraph in STORY)
    assert any("先进制造" in line and "126" in line for line in lines)  # the data table's row, whole
    for junk in ("政务公开", "当前位置", "来源", "打印本页", "上一篇", "下一篇", "备案号"):
        assert junk not in article.text


# --- bodies trafilatura's fallback returns as one paragraph ---------------------------------------


def test_a_short_article_element_keeps_its_paragraphs_without_headline_or_ad_marker():
    inner = f"""<article><h1>{HEADLINE}</h1><div class="article-body">{paragraphs(STORY[:2])}</div>
    <div class="ad-slot"><a href="/ad"><img src="/ad.jpg"></a><p>广告</p></div>
    <div class="article-body">{paragraphs(STORY[2:])}</div></article>"""
    assert extract_article(page(inner)).text.splitlines() == STORY


def test_a_json_ld_article_body_keeps_its_paragraphs():
    import json

    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Nordvik Power cuts outlook",
                     "articleBody": "\n\n".join(EN_STORY)})
    html = page('<div id="root"><h1>Nordvik Power cuts outlook</h1></div><noscript>Please enable JavaScript.</noscript>',
                title="Nordvik Power cuts outlook", lang="en",
                head=f'<script type="application/ld+json">{ld}</script>')
    assert extract_article(html).text.splitlines() == EN_STORY


def test_captions_named_so_by_the_page_are_dropped_without_a_credit():
    inner = f"""<div class="article"><div class="img_wrapper"><img src="/a.jpg"><span class="img_descr">新产品正在演示叠衣服</span></div>
    {paragraphs(STORY[:2])}<p class="pictext" align="center"><font>创始人林一鸣在发布会上介绍新产品的功能</font></p>
    {paragraphs(STORY[2:])}</div>"""
    assert extract_article(page(inner)).text.splitlines() == STORY


def test_a_centred_short_line_under_a_picture_is_its_caption():
    inner = f"""<article>{paragraphs(STORY[:2])}<p style="text-align: center"><img src="/truck.jpg"></p>
    <p style="text-align: center">港口内排队等待换电的重卡</p>{paragraphs(STORY[2:])}
    <p style="text-align:center"><img src="/b.jpg"></p><p style="text-align:center">以上为东湖网记者现场拍摄。</p></article>"""
    lines = extract_article(page(inner)).text.splitlines()
    assert "港口内排队等待换电的重卡" not in lines
    assert lines[:4] == STORY and "以上为东湖网记者现场拍摄。" in lines  # a sentence stays
