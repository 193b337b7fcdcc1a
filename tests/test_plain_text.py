"""The console's plain text of a Telegram HTML reply: what a reader of the terminal sees."""

from __future__ import annotations

from bot.render.htmltext import escape, to_plain


def test_a_link_keeps_its_address_after_the_site_name():
    url = "https://news.example.com/a/1?x=1&y=2"
    line = f'来源：<a href="{escape(url)}">news.example.com</a> · 2024-05-20'
    assert to_plain(line) == f"来源：news.example.com ({url}) · 2024-05-20"


def test_a_link_that_shows_its_own_address_is_written_once_and_other_tags_go():
    assert to_plain('<b>标题</b>\n<a href="https://x.example/">https://x.example/</a>') == "标题\nhttps://x.example/"
    assert to_plain("营收 &lt;b&gt; 增长 <i>5%</i>") == "营收 <b> 增长 5%"
