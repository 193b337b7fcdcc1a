"""What a new reader sees in the replies to texts written here (fictional companies and figures):
the whole figure of a headline written in Title Case ("Raises $62 Million"); a title that is the
story's, not its release mark, byline or wire dateline; /ask answers that are the asked thing's own line
(money a company raised, one product of a breakdown). Real Updates go through the real Application as in
test_bot_handlers."""

from __future__ import annotations

from tests.offlinebot import OfflineBot

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0"}

RELEASE_EN = (
    "FOR IMMEDIATE RELEASE\n\nHarbor Lane Robotics Raises $62 Million Series B to Expand Cold-Chain Automation\n\n"
    "BOSTON, March 3, 2026 -- Harbor Lane Robotics, a maker of robotic pallet movers for cold warehouses, "
    "today announced that it has raised $62 million in a Series B round led by Bluewater Capital. "
    "The company said its revenue more than doubled last year and its machines now run at 30 sites. "
    "Harbor Lane will use the money to open a plant in Ohio. Rival Frostline raised $1.5B last year.\n"
)


async def _reply(bot: OfflineBot, chat_id: int, text: str, language_code: str = "en"):
    mark = bot.mark()
    await bot.send(chat_id, text, language_code=language_code)
    return bot.reply(chat_id, after=mark)


async def test_a_headline_scale_word_in_title_case_stays_with_its_number(offline_bot):
    await _reply(offline_bot, 501, RELEASE_EN)
    numbers = (await _reply(offline_bot, 501, "/numbers")).text
    # "$62 Million" is sixty-two million dollars, never a figure of $62.
    assert "<b>$62</b>" not in numbers
    assert "$62 Million" in numbers or "$62 million" in numbers


async def test_a_capital_b_after_a_currency_is_billions(offline_bot):
    await _reply(offline_bot, 502, RELEASE_EN)
    numbers = (await _reply(offline_bot, 502, "/numbers")).text
    assert "$1.5B" in numbers and "<b>$1.5</b>" not in numbers


WIRE_EN = (
    "OSLO, Feb 9 (Reuters) - Nordvik Shipping said on Monday it would sell four of its oldest tankers for "
    "$140 million and pay a special dividend of $0.50 a share, after freight rates rose 18% in the fourth quarter.\n"
    "The company's operating profit climbed 22% to $96 million in the quarter, it said in a statement.\n"
    "(Reporting by Lena Holm; Editing by Mark Dale)\n"
)

FLASH_HANT = (
    "中央社記者陳怡君台北9日電\n"
    "晶岳科技今天公布1月營收為新台幣312億元，較上月減少4.1%，較去年同期增加21.6%。\n"
    "晶岳科技表示，伺服器相關需求持續強勁，第1季營收可望維持成長。\n"
    "累計今年前1月營收為新台幣312億元，年增21.6%，創下同期新高。\n"
    "法人指出，受惠雲端客戶拉貨，晶岳科技全年營收可望成長兩成以上，毛利率也將維持在四成五左右的水準。\n"
    "晶岳科技發言人黃志偉說：「今年資料中心的訂單能見度已經延伸到第3季。」\n"
    "台股今天終場上漲88點，收在22,310點，成交金額新台幣3,560億元。\n"
)


def _heading(reply_text: str) -> str:
    return reply_text.split("\n", 1)[0]


async def test_a_release_mark_is_no_title_the_headline_under_it_is(offline_bot):
    heading = _heading((await _reply(offline_bot, 511, RELEASE_EN)).text)
    assert "FOR IMMEDIATE RELEASE" not in heading
    assert "Harbor Lane Robotics Raises $62 Million" in heading  # whole: a cut "$62…" would state another figure


async def test_a_wire_dateline_is_no_title(offline_bot):
    heading = _heading((await _reply(offline_bot, 512, WIRE_EN)).text)
    assert "OSLO" not in heading and "Reuters" not in heading
    assert heading.startswith("<b>Nordvik Shipping said")


async def test_a_chinese_credit_line_is_no_title(offline_bot):
    heading = _heading((await _reply(offline_bot, 513, FLASH_HANT, "zh-TW")).text)
    assert "中央社" not in heading and "電" not in heading
    assert heading.startswith("<b>晶岳科技今天公布1月營收")


STATS_ZH = (
    "江州市统计局3日发布数据显示，10月份全市规模以上工业增加值同比增长6.1%，比上月回落0.3个百分点。\n"
    "分行业看，28个大类行业中有19个行业增加值保持增长。\n"
    "分产品看，新能源汽车产量12.4万辆，同比增长26.3%；太阳能电池产量860万千瓦，同比下降5.7%。\n"
    "1—10月份，全市固定资产投资同比增长2.6%，其中制造业投资增长9.3%。\n"
    "市统计局副局长周敏表示，四季度全市工业生产有望继续保持平稳。\n"
)


async def test_ask_how_much_a_company_raised_is_the_amount_not_a_change(offline_bot):
    await _reply(offline_bot, 521, RELEASE_EN)
    reply = (await _reply(offline_bot, 521, "/ask How much did Harbor Lane Robotics raise?")).text
    assert "no such change" not in reply
    assert "$62 million" in reply or "$62 Million" in reply


async def test_ask_a_product_of_a_breakdown_gets_its_own_line_not_the_next(offline_bot):
    await _reply(offline_bot, 522, STATS_ZH, "zh-CN")
    reply = (await _reply(offline_bot, 522, "/ask 新能源汽车产量是多少？", "zh-CN")).text
    assert "新能源汽车产量" in reply and "12.4万" in reply and "太阳能电池" not in reply
    reply = (await _reply(offline_bot, 522, "/ask 汽车产量是多少？", "zh-CN")).text
    assert "太阳能电池" not in reply  # another product's output is never the answer
    reply = (await _reply(offline_bot, 522, "/ask 太阳能电池产量是多少？", "zh-CN")).text
    assert "860万" in reply and "新能源汽车" not in reply


def test_the_cli_names_a_change_basis_in_the_articles_script(cli):
    # (the command line labels a summary in the article's language and script: 關鍵數字, so 環比 too)
    traditional = cli("summarize", "-", input=FLASH_HANT, env={"NEWSBRIEF_LANG": "zh-hant"})
    assert traditional.returncode == 0, traditional.stderr
    assert "環比" in traditional.stdout and "环比" not in traditional.stdout


async def test_a_lead_under_a_dateline_titles_the_reply_and_stays_a_key_sentence(offline_bot):
    lead = "江州市统计局3日发布数据显示，10月份全市规模以上工业增加值同比增长6.1%，比上月回落0.3个百分点。"
    text = "新华社江州11月3日电（记者 李华）" + STATS_ZH
    reply = (await _reply(offline_bot, 531, text, "zh-CN")).text
    assert reply.startswith("<b>江州市统计局3日发布数据显示…</b>")
    assert lead in reply  # the title is the lead's start, so the lead is not taken for a headline
    reply = (await _reply(offline_bot, 532, FLASH_HANT, "zh-TW")).text
    assert "晶岳科技今天公布1月營收為新台幣312億元" in reply.split("\n", 1)[1]


FEATURE_EN = (
    "The Mill Town That Bet on Heat Pumps\n\n"
    "By Dana Frost\n\n"
    "For years the old foundry on River Street stood empty. Now it hums again. Calder Thermal, a maker of "
    "industrial heat pumps, moved in last spring and has since hired 640 workers, most of them from the county.\n\n"
    "The company sells to breweries and dairies, not to homes, and its chief executive, Ruth Okafor, says that "
    "focus has kept orders steady. \"Factories are replacing gas boilers faster than we expected,\" Ms. Okafor "
    "said in an interview. The county's jobless rate fell to 3.9% in September from 5.2% a year earlier.\n"
)


async def test_a_speakers_title_does_not_open_with_the_clauses_and(offline_bot):
    await _reply(offline_bot, 551, FEATURE_EN)
    quotes = (await _reply(offline_bot, 551, "/quotes")).text
    assert "Ruth Okafor" in quotes
    assert "and its chief executive" not in quotes and "chief executive" in quotes
