"""Hand-written feed documents for the digest tests; no real site's text."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime


def rss(title: str, items: list[dict], *, encoding: str = "utf-8", version: str = "2.0") -> bytes:
    """An RSS 2.0 document; items are dicts with title, link, guid, description, published."""
    parts = [f'<?xml version="1.0" encoding="{encoding}"?>', f'<rss version="{version}"><channel>',
             f"<title>{title}</title><link>https://example.org/</link>"]
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{item['title']}</title>")
        if item.get("link"):
            parts.append(f"<link>{item['link']}</link>")
        if item.get("guid"):
            parts.append(f"<guid>{item['guid']}</guid>")
        if item.get("description") is not None:
            parts.append(f"<description><![CDATA[{item['description']}]]></description>")
        if item.get("published"):
            parts.append(f"<pubDate>{format_datetime(item['published'])}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode(encoding)


def atom(title: str, entries: list[dict]) -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"<title>{title}</title><id>urn:example:feed</id>",
             '<link rel="alternate" href="https://example.net/"/>',
             "<updated>2026-11-28T00:00:00Z</updated>"]
    for entry in entries:
        parts.append("<entry>")
        parts.append(f"<title>{entry['title']}</title><id>{entry['id']}</id>")
        parts.append(f'<link rel="alternate" href="{entry["link"]}"/>')
        stamp = entry["published"].isoformat() if isinstance(entry.get("published"), datetime) else "2026-11-28T00:00:00+00:00"
        parts.append(f"<updated>{stamp}</updated>")
        if entry.get("summary"):
            parts.append(f"<summary>{entry['summary']}</summary>")
        if entry.get("content"):
            parts.append(f'<content type="html"><![CDATA[{entry["content"]}]]></content>')
        parts.append("</entry>")
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


RSS_091 = b"""<?xml version="1.0"?>
<rss version="0.91"><channel><title>Old style</title><link>http://example.com/</link>
<description>d</description><language>en</language>
<item><title>Battery output up</title><link>http://example.com/battery</link>
<description>Output rose 12% in October.</description></item></channel></rss>"""

RDF_10 = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://example.com/"><title>RDF news</title><link>http://example.com/</link>
<description>d</description></channel>
<item rdf:about="http://example.com/chips"><title>Chip exports</title>
<link>http://example.com/chips</link><description>Exports fell 3%.</description>
<dc:date>2026-11-27T08:00:00+08:00</dc:date></item></rdf:RDF>"""

BROKEN_XML = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Broken</title>
<item><title>First & only</title><link>https://example.org/broken-1</link><description>ok <b>bold</description></item>
"""

NOT_XML = b"\x00\xff\xfe garbage <<< not a feed"

SITE_PAGE = """<!doctype html><html><head><title>Site</title>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
<link rel="alternate" type="application/atom+xml" title="Atom" href="https://cdn.example.org/atom.xml">
<link rel="alternate" hreflang="en" href="/en/">
</head><body><a rel="alternate" type="application/rss+xml" href="/feed.xml">rss</a></body></html>"""


# News stories for clustering and digests (written for the tests).
BATTERY = ("国家统计局今日发布数据显示，十月份全国锂离子电池产量同比增长百分之十二，"
           "其中动力电池出货量创历史新高，储能电池订单持续增加，行业龙头企业纷纷扩大产能。"
           "分析人士认为，新能源汽车销量上升是带动电池需求的主要原因。")
# The same story as another outlet rewrote it: a new lead, one sentence dropped.
BATTERY_REWRITE = ("据新华社报道，国家统计局今日发布数据显示，十月份全国锂离子电池产量同比增长百分之十二，"
                   "其中动力电池出货量创历史新高，储能电池订单持续增加，行业龙头企业纷纷扩大产能。")
STEEL = ("钢铁行业协会表示，受房地产投资放缓影响，十一月上旬重点钢企粗钢日产环比下降，"
         "库存有所回升，钢材价格整体震荡偏弱，预计年底前需求难有明显改善。")
PORTS = ("交通运输部数据显示，十一月全国港口集装箱吞吐量环比回升，沿海港口外贸货物增长明显，"
         "多家航运公司表示运价企稳，年底前舱位仍然偏紧，部分航线出现加班船。") * 2
ROBOTS = ("工业机器人产量在十月份同比增长百分之二十一，多家制造企业加快自动化改造，"
          "业内预计明年服务机器人市场规模将继续扩大，核心零部件国产化率持续提高。") * 2


def rss_item(slug: str, title: str, body: str, when: datetime) -> dict:
    """One entry for `rss()`: its link and guid made from `slug`."""
    return {"title": title, "link": f"https://news.example/{slug}", "guid": slug,
            "description": body, "published": when}
