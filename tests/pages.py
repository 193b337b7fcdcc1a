"""Hand-written test pages for link extraction (our own text, not corpus pages)."""

from __future__ import annotations

ARTICLE_ZH_PARAGRAPHS = [
    "本报讯（记者 王小明）5月20日，东湖新能源科技公司发布2024年第一季度经营数据。公司一季度营业收入达到18.6亿元，同比增长23%，其中储能电池业务收入占比首次超过四成。",
    "公司董事长李华在业绩说明会上表示：“海外订单的增长超出预期，我们会继续扩大欧洲和东南亚市场的投入。”他介绍，公司位于湖北的第二工厂将在今年三季度投产，届时年产能将提升到20吉瓦时。",
    "分析人士认为，随着原材料价格回落，储能行业的利润率有望企稳回升。不过，行业竞争依然激烈，中小企业面临较大的价格压力，市场集中度可能进一步提高。",
]
ARTICLE_ZH_TEXT = "\n".join(ARTICLE_ZH_PARAGRAPHS)

# Traditional characters only, so the page can be encoded in Big5.
ARTICLE_BIG5_PARAGRAPHS = [
    "本報訊　台北市政府昨日公布最新的公共運輸統計，今年前四個月捷運平均每日運量達到二百一十萬人次，比去年同期成長百分之八。",
    "交通局長陳志明表示，運量增加主要來自通勤族回流與觀光客增加，市府將在下半年加開尖峰時段班次，並檢討票價優惠方案。",
    "學者指出，大眾運輸運量回升有助減少空氣污染，但尖峰時段車廂擁擠的問題仍待解決，建議市府同步改善轉乘動線與候車環境。",
]


def article_html(
    paragraphs: list[str],
    *,
    title: str = "东湖新能源一季度营收增长23%",
    head_extra: str = "",
    after: str = "",
    before: str = "",
) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{head_extra}
<title>{title}_东湖财经网</title>
<meta name="author" content="王小明">
<meta property="og:site_name" content="东湖财经网">
<meta property="article:published_time" content="2024-05-20T09:30:00+08:00">
<link rel="canonical" href="https://news.example.com/2024/05/20/energy.html">
</head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/finance">财经</a> | <a href="/tech">科技</a></div>
{before}
<div class="article">
<h1>{title}</h1>
<div class="info">2024-05-20 09:30 来源：东湖财经网</div>
{body}
</div>
{after}
<div class="footer">Copyright © 2024 东湖财经网 版权所有</div>
</body>
</html>"""


BOILERPLATE_AFTER = """
<p>责任编辑：张三</p>
<p>扫码关注东湖财经公众号，获取更多资讯</p>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/a1">储能行业迎来新一轮扩产潮，龙头企业纷纷加码</a></li>
<li><a href="/a2">欧洲市场需求旺盛，国内电池企业加速出海</a></li>
<li><a href="/a3">原材料价格持续回落，电池成本有望下降</a></li>
</ul></div>
"""

PAYWALL_HTML = """<!DOCTYPE html><html><head><title>Exclusive: Chipmakers plan new fabs</title></head>
<body><article><h1>Exclusive: Chipmakers plan new fabs</h1>
<p>Three of the largest chipmakers are preparing to announce new plants in the region, people familiar with the plans said.</p>
<div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>
</article></body></html>"""

JS_SHELL_HTML = """<!DOCTYPE html><html><head><title>新闻</title>
<script src="/static/js/chunk-vendors.js"></script>
<script>window.__INITIAL_STATE__={"route":"/news/123","lazy":true,"modules":["a","b","c","d","e","f","g","h"],"config":{"api":"/api/v2","retry":3,"locale":"zh-CN"}};</script>
</head><body><div id="app"></div>
<noscript>请启用 JavaScript 以查看本页面。We're sorry but this site doesn't work properly without JavaScript enabled.</noscript>
<script src="/static/js/app.js"></script></body></html>"""

CAPTCHA_HTML = """<!DOCTYPE html><html><head><title>安全验证</title></head>
<body><div class="box"><p>访问过于频繁，请完成下方的安全验证后继续访问。</p>
<div id="captcha-slider" class="geetest_holder"></div></div></body></html>"""

LOGIN_HTML = """<!DOCTYPE html><html><head><title>会员中心</title></head>
<body><div class="box"><h2>该内容登录后才能查看</h2><p>请先登录您的账号。</p>
<form><input name="user"><input name="password" type="password"><button>登录</button></form></div></body></html>"""

SHORT_HTML = """<!DOCTYPE html><html><head><title>图集</title></head>
<body><div class="article"><h1>图集：春日花开</h1><p>春天来了，公园里的花都开了。</p></div></body></html>"""

ARTICLE_EN_TEXT = (
    "The port authority said on Tuesday that container volumes rose 12 percent in April from a year earlier, "
    "the fastest pace since 2021. Officials credited new shipping routes to Southeast Asia and a rebound in "
    "electronics exports. Analysts cautioned that higher freight rates could slow growth later this year."
)


def minimal_pdf(text: str) -> bytes:
    """A valid one-page PDF showing `text` (ASCII) in Helvetica, built by hand."""
    import textwrap

    lines = textwrap.wrap(text, 80)
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (Port volumes report) /Author (Research Desk) /CreationDate (D:20240517093000+08'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
