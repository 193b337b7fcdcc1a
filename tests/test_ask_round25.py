"""/ask reader round 25 (issue #13 part 3): the wrong answers of the round's first run, each as a class, on sample
sentences of our own (not the round's stories)."""

from __future__ import annotations

from summarizer.answer.compared_base import base_after, base_before
from tests.ask_helpers import ask, highlighted, library

# An insurer's quarter, split at its "；" as the service splits it.
_INSURER = library("r25a", "岚山保险前三季度净利润增长12%",
                   "岚山保险发布三季报，前三季度归母净利润88.6亿元，同比增长12.0%。",
                   "寿险业务方面，前三季度新业务价值为52.1亿元，同比增长18.2%；",
                   "财险业务方面，原保险保费收入为611.5亿元，同比增长4.4%；",
                   "截至9月末，集团核心偿付能力充足率为175%，综合偿付能力充足率为236%；",
                   "旗下岚山人寿综合偿付能力充足率为198%。")


def test_a_subsidiary_introduced_as_one_owns_its_clause() -> None:
    # "鼎安保险综合偿付能力充足率是多少" cited "旗下鼎安人寿综合偿付能力充足率为203%" (the subsidiary's, its name
    # sharing the parent's first words).
    assert highlighted("岚山保险综合偿付能力充足率是多少？", _INSURER) == "236%"
    assert highlighted("岚山人寿综合偿付能力充足率是多少？", _INSURER) == "198%"
    assert ask("岚山人寿核心偿付能力充足率是多少？", _INSURER).abstained


def test_a_rival_named_after_its_description_owns_its_clause() -> None:
    # "华联通信移动ARPU是多少" cited "同日，竞争对手星网电信公布，…移动ARPU为44.2元"; "芯朗微电子预计2026年归母净利润"
    # the line of "同行企业晶川半导体预计…亏损…": a rival named right after 竞争对手/同行 (with no 企业 between, or
    # before 预计/公布) was no owner, so the story's company owned its numbers.
    lib = library("r25b", "海川通信前三季度营收增长3%",
                  "海川通信公布前三季度经营业绩，营业收入1,210亿元，同比增长3.0%。",
                  "同日，竞争对手云帆通信公布，截至9月末其移动客户达2.1亿户，移动ARPU为39.5元。",
                  "同日，同行企业岭微科技预计2026年归母净利润亏损0.8亿元至1.1亿元。")
    assert ask("海川通信移动ARPU是多少？", lib).abstained
    assert ask("海川通信预计2026年归母净利润是多少？", lib).abstained
    assert highlighted("云帆通信移动ARPU是多少？", lib) == "39.5元"


def test_a_rate_is_not_the_amount_it_is_a_rate_of() -> None:
    # "鼎安保险新业务价值率是多少" cited "新业务价值为98.3亿元，同比增长27.4%" (its 98.3亿元), "…提升多少" its 27.4%;
    # "What was Northline's EBITDA margin?" cited "adjusted EBITDA was $11.9 billion".
    assert ask("岚山保险新业务价值率是多少？", _INSURER).abstained
    assert ask("岚山保险新业务价值率提升多少？", _INSURER).abstained
    lib = library("r25c", "岚山保险寿险新业务价值率提升",
                  "寿险业务方面，前三季度新业务价值为52.1亿元，同比增长18.2%；",
                  "新业务价值率为19.4%，较上年同期提升2.2个百分点。")
    assert highlighted("岚山保险新业务价值率是多少？", lib) == "19.4%"
    # (个百分点 is a rate's move: no count of things, which a 价值 asked as money would refuse.)
    assert highlighted("岚山保险新业务价值率提升多少？", lib) == "2.2个百分点"
    en = library("r25d", "Harwell Telecom's fourth quarter",
                 "Harwell Telecom said revenue rose 2% to $8.1 billion.", "Adjusted EBITDA was $3.2 billion.")
    assert ask("What was Harwell's EBITDA margin?", en).abstained
    assert highlighted("What was Harwell's adjusted EBITDA?", en) == "$3.2 billion"
    share = library("r25e", "宁川电池装车量", "宁川电池10月装车量为12.5GWh，市场份额为31.2%。")
    assert highlighted("宁川电池市场占有率是多少？", share) == "31.2%"  # a share written as 份额 is a rate


_PRICES = library("r25f", "国家统计局：11月CPI同比上涨0.6%",
                  "11月份，全国居民消费价格同比上涨0.6%，涨幅比10月扩大0.2个百分点；",
                  "环比下降0.1%。",
                  "1-11月平均，全国居民消费价格比上年同期上涨0.2%。",
                  "扣除食品和能源价格的核心CPI同比上涨1.1%。",
                  "食品价格同比上涨2.0%，其中猪肉价格上涨9.5%；",
                  "非食品价格上涨0.3%。",
                  "11月份，PPI同比下降1.6%，降幅比上月收窄0.2个百分点；",
                  "环比上涨0.2%。")


def test_the_month_of_a_paragraph_carries_past_an_average_to_date() -> None:
    # "11月核心CPI同比上涨多少" was refused after a line "1-11月平均，…上涨0.3%": the average dated the lines after it.
    # A line with no period of its own keeps the one stated before it, past lines that state none either.
    assert highlighted("11月核心CPI同比上涨多少？", _PRICES) == "1.1%"
    assert highlighted("11月非食品价格上涨多少？", _PRICES) == "0.3%"
    # The 10月 a change is measured against ("涨幅比10月扩大") dates no later line.
    assert ask("10月食品价格同比上涨多少？", _PRICES).abstained


def test_a_part_after_its_semicolon_is_its_statement_s() -> None:
    # "11月非食品价格上涨多少" cited PPI's "环比上涨0.1%。" (the part after "；"), the line before its statement
    # naming 非食品.
    lib = library("r25g", "国家统计局：11月CPI同比上涨0.6% PPI同比下降1.6%",
                  "国家统计局发布数据显示，11月份，全国居民消费价格同比上涨0.6%，涨幅比10月扩大0.2个百分点；",
                  "环比下降0.1%。",
                  "1-11月平均，全国居民消费价格比上年同期上涨0.2%。",
                  "扣除食品和能源价格的核心CPI同比上涨1.1%。",
                  "食品价格同比上涨2.0%，其中猪肉价格上涨9.5%；",
                  "非食品价格上涨0.3%。",
                  "11月份，全国工业生产者出厂价格同比下降1.6%，降幅比上月收窄0.2个百分点；",
                  "环比上涨0.2%。")
    assert ask("11月非食品价格环比上涨多少？", lib).abstained
    assert highlighted("11月非食品价格上涨多少？", lib) == "0.3%"


def test_a_kind_of_an_index_no_article_states() -> None:
    # "11月核心PPI同比下降多少" (a trap) cited the 核心CPI line: 核心PPI, named nowhere, was dropped as a name.
    assert ask("11月核心PPI同比下降多少？", _PRICES).abstained


def test_a_place_asked_that_no_article_names() -> None:
    # "How much did Corvell's same-store sales in Europe rise?" cited the U.S. line: in a chat with Chinese stories
    # the English place, named in no article, was dropped.
    en = library("r25h", "Pellam comparable sales rise",
                 "Pellam Stores said comparable sales rose 3.1% in the quarter.",
                 "Same-store sales in the U.S. rose 3.9%, while comparable sales in Canada rose 1.2%.")
    zh = library("r25i", "岚山保险前三季度净利润增长12%", "岚山保险前三季度归母净利润88.6亿元，同比增长12.0%。",
                 "财险业务方面，原保险保费收入为611.5亿元，同比增长4.4%；", "综合成本率为97.5%，同比下降0.6个百分点。",
                 "截至9月末，集团核心偿付能力充足率为175%，综合偿付能力充足率为236%。")
    assert ask("How much did Pellam's same-store sales in Europe rise?", en, zh).abstained
    # (and the U.S. figure, narrowed by "in the U.S.", is no longer the bold part of the Canada answer)
    assert highlighted("How much did Pellam's same-store sales in Canada rise?", en, zh) == "1.2%"


def test_last_year_and_next_year_in_english() -> None:
    # "What did the … Fund return last year?" cited "returned 2.9% in the quarter"; "What net profit does Kestrel expect
    # for next year?" cited "expects full-year net profit above 5.5 billion euros" (this year's).
    lib = library("r25j", "Orrin Capital's quarter",
                  "Orrin Capital's flagship Orrin Bond Fund returned 1.8% in the quarter, against 1.5% for its benchmark.",
                  "Chief Executive Lea Moss said the firm now expects full-year net profit above $900 million.")
    assert ask("What did the Orrin Bond Fund return last year?", lib).abstained
    assert highlighted("What did the Orrin Bond Fund return in the quarter?", lib) == "1.8%"
    assert ask("What net profit does Orrin expect for next year?", lib).abstained
    assert highlighted("What net profit does Orrin expect for the full year?", lib) == "$900 million"


def test_loan_loss_provisions_are_no_loss() -> None:
    # "How much did Kestrel's loan-loss provisions fall?" cited the lead's 14% rise in profit, "helped by … lower
    # loan-loss provisions": the provisions were read as a loss, which the profit line names.
    lib = library("r25k", "Varden Bank's half",
                  "Varden Bank posted a 9% rise in first-half net profit to 1.2 billion euros, helped by lower loan-loss provisions.",
                  "Loan-loss provisions fell 18% to 210 million euros.")
    assert highlighted("How much did Varden's loan-loss provisions fall?", lib) == "18%"
    assert highlighted("What were Varden's loan-loss provisions?", lib) == "210 million"


def test_a_measure_narrowed_by_the_phrase_after_it() -> None:
    # "What were Ashby's net inflows in the third quarter?" cited "Net inflows into exchange-traded funds were $18.1
    # billion" (one product line's).
    lib = library("r25l", "Orrin Capital's quarter",
                  "Orrin Capital said assets under management rose to $410 billion in the third quarter.",
                  "Net inflows into exchange-traded funds were $6.3 billion.")
    assert ask("What were Orrin's net inflows in the third quarter?", lib).abstained
    assert highlighted("What were Orrin's net inflows into exchange-traded funds?", lib) == "$6.3 billion"


def test_a_count_of_another_kind() -> None:
    # "How many prepaid subscribers did Northline add?" cited "added 412,000 postpaid phone subscribers"; "星网电信宽带
    # 客户是多少" (a trap) the rival's "移动客户达3.38亿户".
    en = library("r25m", "Harwell Telecom adds subscribers",
                 "Harwell Telecom added 210,000 postpaid phone subscribers in the fourth quarter.")
    assert ask("How many prepaid subscribers did Harwell add?", en).abstained
    assert highlighted("How many postpaid phone subscribers did Harwell add?", en) == "210,000"
    zh = library("r25n", "云帆通信移动客户达2.1亿户", "截至9月末，云帆通信移动客户达2.1亿户，移动ARPU为39.5元。")
    assert ask("云帆通信宽带客户是多少？", zh).abstained
    assert highlighted("云帆通信移动客户是多少？", zh) == "2.1亿户"


def test_one_reading_of_the_base_of_a_comparison() -> None:
    # The review item: 比/较/compared with before a period, and 同期/"a year earlier" after it, are read by one module.
    text = "营收比上年同期下降5%"
    assert base_before(text, text.index("上年"))
    english = "revenue rose 5% from a year earlier"
    assert base_before(english, english.index("a year"))
    line = "上年同期为盈利2.41亿元"
    assert base_after(line, 0, 2)
    assert not base_before("11月份，全国居民消费价格", 0)


def test_a_code_in_brackets_after_the_measure_names_it() -> None:
    # Refused though stated: "华联通信移动ARPU是多少" over "移动用户平均每月每户收入（ARPU）为48.6元": a metric inside brackets
    # closed before the number was read as an aside; a code alone in them, right before the number, spells the measure.
    lib = library("r25o", "云帆通信前三季度经营数据", "云帆通信移动用户平均每月每户收入（ARPU）为39.5元，同比下降1.1%。")
    assert highlighted("云帆通信移动ARPU是多少？", lib) == "39.5元"


def test_one_measure_under_its_other_english_names() -> None:
    # Refused though stated: "What was Kestrel's NPL ratio?" and "…bad-loan ratio?" over "non-performing loan ratio".
    lib = library("r25p", "Varden Bank's half",
                  "Varden Bank's non-performing loan ratio improved to 2.1% at the end of June.")
    assert highlighted("What was Varden's NPL ratio?", lib) == "2.1%"
    assert highlighted("What was Varden's bad-loan ratio?", lib) == "2.1%"


def test_a_bond_s_short_name_is_its_full_name() -> None:
    # Refused though stated (ask24's 临川城投, ask25's 华联通信): "中票票面利率" over a line writing 中期票据.
    lib = library("r25q", "云帆通信发行中期票据", "云帆通信于10月15日发行2026年度第一期中期票据，发行规模30亿元，期限5年，票面利率2.05%。")
    assert highlighted("云帆通信中票票面利率是多少？", lib) == "2.05%"
    assert ask("云帆通信超短融票面利率是多少？", lib).abstained


def test_a_base_period_dates_the_base_value_written_after_it() -> None:
    # With 相较于 read as a comparison word (the review item), "相较于2020年年末的1293.5亿元" lost its year, and eval_ask's
    # "2020年年末QDII基金规模是多少" was refused: the base's period still dates the base value written right after it.
    lib = library("r25r", "QDII基金规模持续增长",
                  "截至去年四季度末，QDII基金规模为2600亿元，相较于2020年年末的1300亿元大幅增加。")
    assert highlighted("2020年年末QDII基金规模是多少？", lib) == "1300亿元"
