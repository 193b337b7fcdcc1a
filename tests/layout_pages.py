"""Small written pages the extraction layout tests share: a Chinese and an English story of our own, and the page
around them (a nav bar and a footer, a declared charset or none)."""

from __future__ import annotations

from summarizer.extract import extract_article

ZH = [
    "11月12日晚间，云岫科技发布公告称，公司拟以8.6亿元收购一家工业传感器企业70%的股权，交易完成后将成为其控股子公司。",
    "公告显示，标的公司2025年实现营业收入5.2亿元，净利润6100万元，交易对方承诺未来三年净利润合计不低于2.1亿元。",
    "云岫科技表示，此次收购有助于公司补齐传感器环节，与现有的工业控制系统业务形成协同，预计每年可节约采购成本约3000万元。",
    "业内人士认为，工业传感器国产化率仍不足三成，具备核心芯片设计能力的企业在下游客户中议价能力更强。",
]
ZH_TITLE = "云岫科技拟8.6亿元收购传感器企业"
EN = [
    "Marlowe Textiles said on Thursday it would close two of its four mills in North Carolina by next summer, "
    "eliminating about 380 jobs as demand for its upholstery fabrics weakens.",
    "The company reported a third-quarter loss of $14.2 million, compared with a profit of $3.1 million a year "
    "earlier, as sales fell 19% to $96 million.",
    "\"We have too much capacity for the orders we can see,\" Chief Executive Officer Dana Whitfield told analysts "
    "on a conference call.",
    "Marlowe said the closures would save about $22 million a year once completed and that it would move some "
    "production to its remaining plants in Burlington and Gastonia.",
]


def paragraphs(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def page(inner: str, *, title: str, lang: str, charset: str | None = "utf-8") -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{title}</title></head><body><div class="nav">'
            f'<a>Home</a> <a>News</a></div>{inner}<div class="footer">About us</div></body></html>')


def zh_lines(inner: str, title: str = ZH_TITLE) -> list[str]:
    return extract_article(page(inner, title=title, lang="zh-CN"), url="https://news.example.cn/a/1.html").text.splitlines()
