"""The watchlist commands in `newsbrief chat`, in-process: the same command layer as Telegram,
with the chart written as a PNG file whose path is printed."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli.console import Console
from bot.core.analyzer import Analyzer
from bot.core.digest import DigestService
from bot.core.service import Service
from bot.render.digest import render_digest
from bot.render.watch import render_held_alerts
from bot.web.fetch import FetchConfig
from storage.aio import AsyncStore
from tests.conftest import ManualClock

CLOUDS = ("云厂商季度成绩单出炉，各家增速分化明显。腾讯云第三季度营收同比增长15%。"
          "百度智能云营收同比增长14%，达到49亿元。阿里云收入增长三位数。华为云营收同比下降5%。"
          "金山云营收同比增长8%。分析人士认为，人工智能需求是带动云计算增长的主要原因。")


@pytest.fixture
async def console(tmp_path):
    store = await AsyncStore.open(tmp_path / "console.db")
    service = Service(store, analyzer=Analyzer(workers=0), fetch_config=FetchConfig(), rate_limit_per_minute=0)
    digest = DigestService(store, fetch_config=FetchConfig(), clock=ManualClock(datetime(2026, 12, 1, 1, 0, tzinfo=UTC)),
                           render=render_digest, render_held=render_held_alerts)
    out = io.StringIO()
    console = Console(service, chat_id=0, lang="zh", out=out, digest=digest, charts_dir=tmp_path / "charts")
    await service.chat(0, type="private", title="console")
    yield console, out
    await service.close()


async def say(console, out, message: str) -> str:
    before = len(out.getvalue())
    await console.handle(message)
    return out.getvalue()[before:]


async def test_watch_unwatch_and_bad_names_in_the_console(console):
    console, out = console
    assert "已关注：宁德时代、比亚迪" in await say(console, out, "/watch 宁德时代 比亚迪")
    listing = await say(console, out, "/watch")
    assert "宁德时代 · 0" in listing and "每小时最多 6 条提醒" in listing
    assert "只有标点" in await say(console, out, "/watch 、、、")
    assert "太长" in await say(console, out, "/watch " + "名" * 500)
    many = await say(console, out, "/watch " + " ".join(f"公司{i}" for i in range(1000)))
    assert "以下 952 个未添加" in many and "共 50 个名称" in many
    assert "已取消关注：比亚迪" in await say(console, out, "/unwatch 比亚迪")
    assert "不在关注列表中：蔚来" in await say(console, out, "/unwatch 蔚来")
    assert "提醒上限：每小时 3 条" in await say(console, out, "/settings alerts 3")
    assert "22:00-07:00" in await say(console, out, "/settings quiet 22:00-07:00")
    assert "HH:MM-HH:MM" in await say(console, out, "/settings quiet late")


async def test_numbers_writes_a_png_and_prints_its_path(console):
    console, out = console
    await say(console, out, CLOUDS)
    answer = await say(console, out, "/numbers")
    assert "15%" in answer
    [path] = re.findall(r"图表已保存：(\S+\.png)", answer)
    assert Path(path).read_bytes().startswith(b"\x89PNG")


async def test_track_in_the_console_with_no_figures_says_how_many_articles_mention_it(console):
    console, out = console
    await say(console, out, "宁德时代的新闻：公司发布了新的电池产品，市场反响热烈。" * 10)
    answer = await say(console, out, "/track 宁德时代")
    assert "还没有关于“宁德时代”的数字" in answer and "1 篇文章提到它" in answer
    assert "用法：/track" in await say(console, out, "/track")


async def test_an_article_shared_in_the_chat_about_a_watched_name_alerts_after_its_summary(console):
    console, out = console
    await say(console, out, "/watch 宁德时代")
    article = ("宁德时代今日宣布在匈牙利新建储能电池工厂，总投资约73亿欧元，预计2026年投产。"
               "公司表示，新工厂将主要服务欧洲车企客户。分析人士认为，此举将巩固宁德时代在欧洲的地位。") * 2
    answer = await say(console, out, article)
    assert answer.index("句中选出") < answer.index("🔔 关注：宁德时代")
    assert "🔔" not in await say(console, out, "另一篇文章，讲的是光伏组件的价格走势，与电池企业无关。" * 8)


DONGHU = ("东湖新能源一季度营收增长23%\n\n"
          "本报讯（记者 王小明）5月20日，东湖新能源科技公司发布2024年第一季度经营数据。"
          "公司一季度营业收入达到18.6亿元，同比增长23%，其中储能电池业务收入占比首次超过四成。\n"
          "一季度该公司净利润为1.2亿元，同比下降15%，主要受原材料价格波动影响。\n"
          "公司董事长李华表示，海外订单的增长超出预期，公司将继续扩大欧洲市场的投入。\n")


async def test_track_finds_the_figures_of_a_company_its_article_calls_the_company(console):
    console, out = console
    await say(console, out, DONGHU)
    answer = await say(console, out, "/track 东湖新能源")
    assert "18.6亿元" in answer and "1.2亿元" in answer, answer
    assert "还没有" not in answer
