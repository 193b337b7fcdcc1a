"""/ask answers only what the articles state (issue #13): the known wrong answers and false refusals of the
two reader rounds of 2026-12-07, each as a class, on sample sentences of our own."""

from __future__ import annotations

from tests.ask_helpers import ask, highlighted, library


def test_a_month_written_with_for_dates_its_figure() -> None:
    # "Data for September" was undated and "to show 92,000 jobs added" no change: the refusal said "only October
    # figures" beside the September line.
    lib = library("jb", "Payrolls grow in October",
                  "Healthcare added 41,000 jobs in October, while manufacturing shed 9,000.",
                  "Data for September was revised down to show 92,000 jobs added instead of 119,000.")
    assert highlighted("How many jobs were added in September?", lib) == "92,000"
    assert ask("How many jobs were added in August?", lib).abstained


def test_a_measure_followed_by_another_measure_word_is_not_its_value() -> None:
    # "业绩比较基准下调幅度是多少" read 业绩 as a company and cited a fund's benchmark return ("基准收益率为-8.35%").
    lib = library("jj", "青岚成长混合清盘",
                  "成立以来，该基金累计净值增长率为-36.12%，同期业绩比较基准收益率为-7.64%。",
                  "另据报道，部分理财公司已下调产品业绩比较基准，下调幅度在10至30个基点之间。")
    found = ask("业绩比较基准下调幅度是多少？", lib)
    assert found.abstained or "-7.64%" not in found.sentences[0].text
    lib = library("jk", "青岚成长混合清盘", "成立以来，该基金同期业绩比较基准收益率为-7.64%。")
    assert ask("业绩比较基准下调幅度是多少？", lib).abstained


def test_a_route_asked_is_the_route_not_its_first_place() -> None:
    # "上海至美西运价周涨多少" read 上海 as the subject and cited the Shanghai index's fall; a route is named only
    # where a sentence names it, "周跌" is week on week (as 较上周 is), and a rise asked is no fall stated.
    lib = library("hy", "集运运价继续回落",
                  "集运方面，上海出口集装箱运价指数（SCFI）报1,402.3点，较上周下跌3.2%，已连续两周下跌。",
                  "其中，上海至欧洲基本港运价为每标准箱1,510美元，周跌5.1%；",
                  "上海至美东基本港运价为每40英尺箱2,800美元，周跌2.5%；",
                  "上海至美西基本港运价为每40英尺箱2,100美元，周涨0.6%。")
    assert ask("上海至美东运价周涨多少？", lib).abstained
    assert highlighted("上海至美东运价周跌多少？", lib) == "2.5%"
    assert highlighted("上海至美西运价周涨多少？", lib) == "0.6%"
    assert highlighted("上海至美东运价是多少？", lib) == "2,800美元"


def test_an_unfamiliar_name_opening_a_clause_owns_its_figures() -> None:
    # "2025年，宏达新能实现营业收入19.5亿元" answered "北辰材料2025年营业收入": jieba did not know the target's name,
    # so the buyer in the title owned its revenue.
    lib = library("bg", "岚山股份拟作价21亿元收购晟达新能",
                  "岚山股份12月2日晚间公告，公司拟以发行股份及支付现金方式购买晟达新能100%股权，交易对价为21亿元。",
                  "晟达新能主要从事锂电池隔膜的研发与生产。",
                  "2025年，晟达新能实现营业收入8.6亿元，净利润1.12亿元；",
                  "今年前三季度实现营业收入7.1亿元。")
    assert ask("岚山股份2025年营业收入是多少？", lib).abstained
    assert highlighted("晟达新能2025年营业收入是多少？", lib) == "8.6亿元"


def test_a_premium_asked_with_paying_is_the_premium_not_the_price() -> None:
    # "What premium is Greywick paying?" cited the $48-a-share sentence: "paying" made it a deal-value question.
    lib = library("pr", "Corvane to buy Ellery for $2.2 billion",
                  "Corvane Health will pay $31 a share in cash for Ellery Labs, valuing the company at about "
                  "$2.2 billion.",
                  "The price is a 27% premium to Ellery's closing price on Friday.")
    found = ask("What premium is Corvane paying?", lib)
    assert not found.abstained and "27%" in found.sentences[0].text
    assert highlighted("How much is Corvane paying per share?", lib) == "$31"
    # an adjective is no premium asked
    lib = library("pp", "Handset maker's sales", "Sales of premium phones rose 12% to $900 million.")
    assert highlighted("What were sales of premium phones?", lib) == "$900 million"


def test_the_rater_asked_must_be_named_by_the_sentence_that_answers() -> None:
    # "What rating does Oakridge give Fennick?" cited the consensus line (other analysts' ratings): the title named
    # Oakridge, so the line passed as Oakridge's.
    lib = library("rt", "Marlin cuts Tovera to 'sell'",
                  "Brokerage Marlin Partners downgraded Tovera to \"sell\" from \"hold\" on Thursday.",
                  "Of the 21 analysts covering Tovera, 9 rate the stock \"buy\" or higher, according to LSEG data.")
    found = ask("What rating does Marlin give Tovera?", lib)
    assert found.abstained or "LSEG" not in found.sentences[0].text
    lib = library("ru", "Marlin on Tovera", "Marlin rates Tovera \"buy\" with a price target of $61.")
    assert not ask("What rating does Marlin give Tovera?", lib).abstained


def test_a_year_between_yu_and_xiangbi_is_a_base_not_the_period() -> None:
    # "与2021年春节7天相比增长21.7%" dated the next sentence's daily peak, which answered "2021年春节7天…流量".
    lib = library("cj", "春节假期通信数据",
                  "工信部数据显示，春节假期7天移动互联网接入流量达到512.3万TB，与2023年春节7天相比增长19.4%；",
                  "其中，2月10日和2月11日两天为高峰时段，当日移动互联网接入流量分别为70.2万和75.6万TB。")
    assert ask("2023年春节7天移动互联网接入流量是多少？", lib).abstained
    assert highlighted("春节7天移动互联网接入流量是多少？", lib) == "512.3万"


def test_last_month_is_read_against_the_dateline_and_an_industrys_jobs_are_its_part() -> None:
    # "How many jobs were added in October?" cited "Healthcare added 41,000 jobs in October" beside the total
    # "58,000 jobs last month" of a story datelined Nov. 7.
    lib = library("jo", "Hiring slows",
                  "WASHINGTON, Nov. 7 - U.S. employers added 64,000 jobs last month, the Labor Department said.",
                  "Health care added 38,000 jobs in October, while manufacturing shed 7,000.")
    found = ask("How many jobs were added in October?", lib)  # refused while "October" is still read as a name
    assert found.abstained or found.sentences[0].highlighted == "64,000"
    assert highlighted("How many jobs did health care add?", lib) == "38,000"
    assert ask("How many jobs were added in September?", lib).abstained
