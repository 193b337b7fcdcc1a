"""/ask on classes met in a third unseen round: measures the metric table does not know
and their qualifiers, everyday words for profit, Taiwan and Hong Kong spellings of
periods and bases, a rate of change asked as a level, a market's figure, a role asked
for, similar company names, and Latin names in Chinese questions. Our own sentences."""

from __future__ import annotations

from summarizer.answer import parse_question
from summarizer.answer.changes import asked_basis, basis_at
from summarizer.answer.periods import mentions
from summarizer.answer.text import fold
from tests.ask_helpers import ask, first, library

AIRLINE = library("hw", "河湾航空前三季度亏损收窄",
                  "河湾航空前三季度实现营业收入210.4亿元，同比增长9.1%。",
                  "前三季度公司旅客运输量达到2010万人次，同比增长7.1%；客座率为82.6%。")


def test_a_measure_outside_the_metric_table_keeps_its_qualifier() -> None:
    assert "2010万人次" in first(ask("河湾航空前三季度旅客运输量是多少？", AIRLINE))
    assert ask("河湾航空前三季度货邮运输量是多少？", AIRLINE).abstained
    assert "82.6%" in first(ask("河湾航空前三季度客座率是多少？", AIRLINE))


POWER = library("pw", "5月全社会用电量同比增长4.2%",
                "1-5月，全省全社会用电量累计3120亿千瓦时，同比增长5.0%。",
                "分产业看，第一产业用电量40亿千瓦时，同比增长9.0%；",
                "第二产业用电量2050亿千瓦时，同比增长4.1%；",
                "城乡居民生活用电量520亿千瓦时，同比增长6.3%。",
                "5月份，全社会用电量680亿千瓦时，同比增长4.2%。")


def test_the_whole_is_not_a_part_and_a_listed_statement_keeps_its_period() -> None:
    assert ask("5月第二产业用电量是多少？", POWER).abstained
    assert "680亿千瓦时" in first(ask("5月全社会用电量是多少？", POWER))
    # "第一产业…；第二产业…；" is one statement: 1-5月 dates its last item too.
    assert "520亿千瓦时" in first(ask("前5个月城乡居民生活用电量是多少？", POWER))
    assert "6.3%" in first(ask("1-5月城乡居民生活用电量比去年增长多少？", POWER))


def test_everyday_words_for_profit_and_loss() -> None:
    food = library("qs", "青松食品半年报", "青松食品上半年实现营业收入20.5亿元，同比增长8%；归母净利润2.3亿元，同比增长11%。")
    found = ask("青松食品上半年赚了多少钱？", food)
    assert "2.3亿元" in first(found) and found.sentences[0].highlighted == "2.3亿元"
    dorrit = library("dr", "Dorrit Foods results", "Dorrit Foods reported revenue of $3.1 billion.",
                     "Net income was $410 million, up 6%.")
    assert "$410 million" in first(ask("How much did Dorrit Foods earn?", dorrit))
    assert "20.5亿元" in first(ask("青松食品上半年营业额是多少？", food))


TAIWAN = library("hh", "華衡科技11月營收創新高",
                 "華衡科技今日公布11月合併營收為新台幣52.3億元，月增4.1%，年增12.5%。",
                 "累計前11月營收為新台幣512.6億元，年增9.8%。",
                 "法人預估，華衡科技第一季營收可望季增3%至6%。")


def test_taiwan_spellings_of_bases_and_periods() -> None:
    assert "52.3" in first(ask("华衡科技11月营收是多少？", TAIWAN))
    seq = ask("华衡科技11月营收环比增长多少？", TAIWAN)
    assert seq.sentences[0].highlighted == "4.1%"
    yoy = ask("華衡科技11月營收比去年同期增長多少？", TAIWAN)
    assert yoy.sentences[0].highlighted == "12.5%"
    assert "512.6" in first(ask("华衡科技前11个月累计营收多少？", TAIWAN))
    # A forecast of a rise, in another quarter, is no level of revenue.
    assert ask("华衡科技第一季度营收是多少？", TAIWAN).abstained
    text = fold("月增4.1%，年增12.5%，10月增长5%")
    assert [basis_at(text, text.rfind(n), text.rfind(n) + len(n)) for n in ("4.1%", "12.5%", "5%")] == \
        ["seq", "yoy", None]
    assert asked_basis(fold("出口比去年增长多少")) == "yoy"


def test_hong_kong_results_periods_and_bases() -> None:
    hk = library("gf", "港豐集團中期營收增5.5%",
                 "港豐集團公布截至2026年6月30日止六個月業績，期內營收為80.2億港元，按年增長5.5%。",
                 "期內，集團商場收入為12.1億港元，寫字樓收入為6.3億港元，按年上升2.4%。")
    assert "80.2" in first(ask("港丰集团上半年营收多少？", hk))
    assert ask("港丰集团营收按年增长多少？", hk).sentences[0].highlighted == "5.5%"
    assert ask("港豐集團全年營收是多少？", hk).abstained
    # 2.4% is the office rents' rise, not the malls'.
    assert ask("港丰集团商场收入同比增长多少？", hk).abstained
    assert ask("港丰集团写字楼收入同比增长多少？", hk).sentences[0].highlighted == "2.4%"
    found = mentions(fold("截至2026年9月30日止九個月"))
    assert found[0].parts == frozenset({"Q1-3"}) and found[0].years == frozenset({2026})


def test_a_market_figure_is_not_the_company_s_even_under_its_title() -> None:
    tablets = library("lf", "岚峰电子发布新款平板电脑",
                      "11月10日，岚峰电子发布新款平板电脑，起售价为2999元。",
                      "据机构统计，第三季度国内平板电脑出货量为820万台，同比增长12%，岚峰电子以15.2%的份额位列第三。")
    assert ask("岚峰电子第三季度平板电脑出货量是多少？", tablets).abstained
    assert "15.2%" in first(ask("岚峰电子第三季度市场份额是多少？", tablets))
    assert "820万台" in first(ask("第三季度国内平板电脑出货量是多少？", tablets))


def test_a_role_asked_for_must_be_the_speaker() -> None:
    mine = library("fy", "丰源矿业业绩下滑", "丰源矿业公告，前三季度归母净利润3.1亿元，同比下降28%。",
                   "公司称，业绩下滑主要受金属价格下跌影响。")
    assert ask("丰源矿业董事长对业绩下滑说了什么？", mine).abstained
    spoken = library("fy2", "丰源矿业董事长：明年产量将恢复", "丰源矿业董事长李建国表示，明年公司产量将恢复增长。")
    assert "李建国" in first(ask("丰源矿业董事长说了什么？", spoken))
    assert ask("What did Dorrit's CEO say about prices?",
               library("dr2", "Dorrit Foods", "Dorrit Foods said prices rose 4% in the quarter.")).abstained


def test_a_similar_name_is_another_company() -> None:
    sibling = library("dx", "鼎新锂能三季报", "鼎新锂能前三季度归母净利润为亏损1.2亿元，上年同期盈利0.8亿元。")
    assert ask("鼎新锂电前三季度净利润是多少？", sibling).abstained
    assert "1.2亿元" in first(ask("鼎新锂能前三季度归母净利润是多少？", sibling))
    optics = library("tg", "台恒精密营收", "台恒精密10月营收为新台币20.1亿元。", "同集团的台恒电子10月营收为新台币9.6亿元。")
    assert "20.1" in first(ask("台恒精密10月营收是多少？", optics))
    assert "9.6" in first(ask("台恒电子10月营收是多少？", optics))


def test_other_words_for_a_metric() -> None:
    city = library("lj", "临江市前三季度经济数据", "临江市前三季度实现地区生产总值3120亿元，同比增长5.2%。",
                   "其中，规模以上工业增加值同比增长6.8%。", "全市研发费用投入合计41.5亿元。")
    assert "3120亿元" in first(ask("临江市前三季度GDP是多少？", city))
    assert "6.8%" in first(ask("临江市前三季度工业增加值比去年增长多少？", city))
    drug = library("hy", "和源医药半年报", "和源医药上半年研发费用2.07亿元，同比增长9.8%。")
    assert "2.07亿元" in first(ask("和源医药上半年研发投入多少？", drug))


def test_a_latin_name_in_a_chinese_question_is_searched_in_english() -> None:
    queries = parse_question("Halden第二季度营收是多少？").search_queries()
    assert any("halden" in q and "revenue" in q for q in queries)
    halden = library("hd", "Halden results", "Halden Corp reported second-quarter revenue of $2.4 billion.")
    assert "$2.4 billion" in first(ask("Halden第二季度营收是多少？", halden))


def test_hong_kong_revenue_is_called_shouyi_and_other_gains_are_not_revenue() -> None:
    hk = library("jt", "嘉禾電訊中期業績", "嘉禾電訊公布中期業績，期內收益為118.4億港元，按年增長2.9%。",
                 "期內，流動客戶總數達1,320萬戶。")
    assert "118.4" in first(ask("嘉禾电讯上半年收入是多少？", hk))
    assert "1,320" in first(ask("嘉禾电讯流动客户总数是多少？", hk))
    gains = library("yh", "远禾物流业绩预告", "远禾物流转让子公司股权，取得投资收益2.2亿元。")
    assert ask("远禾物流营业收入是多少？", gains).abstained


def test_a_listed_statement_keeps_its_lead_s_basis() -> None:
    prices = library("cpi", "3月份居民消费价格同比上涨0.4%",
                     "3月份，食品价格同比下降1.2%。",
                     "食品中，猪肉价格下降8.1%，影响CPI下降约0.1个百分点；",
                     "3月份，食品价格环比下降0.9%。",
                     "食品中，鲜菜价格下降4.4%，影响CPI下降约0.1个百分点；",
                     "猪肉价格下降2.5%，影响CPI下降约0.03个百分点；")
    found = ask("3月份猪肉价格下降了多少？", prices)
    assert found.sentences[0].highlighted == "8.1%"
    assert ask("3月份猪肉价格环比下降多少？", prices).sentences[0].highlighted == "2.5%"


def test_english_top_line_and_a_pronoun_before_the_metric() -> None:
    brandt = library("bm", "Brandt Motors deliveries climb",
                     "Brandt Motors said on Monday it delivered 21,400 vehicles in the second quarter, up 18% from a year earlier.",
                     "Revenue rose 12% to $1.92 billion.")
    assert "21,400" in first(ask("How many vehicles did Brandt deliver in the second quarter?", brandt))
    found = ask("What was Brandt's second-quarter top line?", brandt)
    assert found.sentences[0].highlighted == "$1.92 billion"


def test_a_rate_is_named_by_its_tax() -> None:
    tax = library("ty", "天悦服饰年报点评", "天悦服饰通过高新技术企业认定，全年按照15%缴纳所得税。")
    assert "15%" in first(ask("天悦服饰全年所得税率是多少？", tax))
    assert ask("天悦服饰全年增值税率是多少？", tax).abstained


def test_an_amount_is_never_a_percentage() -> None:
    drug = library("hs", "海川医药三季报点评", "前三季度公司实现营业收入12.4亿元，同比增长15.2%。", "创新药收入占比提升至41%。")
    assert ask("海川医药创新药收入是多少？", drug).abstained
    assert "41%" in first(ask("海川医药创新药收入占比是多少？", drug))
    assert "12.4亿元" in first(ask("海川医药前三季度营业收入是多少？", drug))
    city = library("ls", "临水市前三季度经济", "临水市前三季度地区生产总值同比增长5.1%。")
    assert ask("临水市前三季度GDP是多少？", city).abstained
    budget = library("el", "Tariffs and Elbania", "The budget office said the tariffs would reduce Elbania's GDP by 0.4 percent.")
    assert "0.4 percent" in first(ask("By how much will the tariffs reduce Elbania's GDP?", budget))


def test_daily_and_monthly_active_users_are_two_counts() -> None:
    from tests.ask_helpers import ask, first, library
    app = library("pinlu", "Pinlu app passes 30 million monthly users",
                  "The Pinlu app now has 30 million monthly active users.",
                  "Pinlu's revenue rose 40% to $85 million.")
    zh = library("guoyu", "果语App月活跃用户突破8000万",
                 "果语App月活跃用户数达到8000万，同比增长25%。")
    assert "30 million" in first(ask("How many monthly active users does Pinlu have?", app))
    assert "30 million" in first(ask("How many users does Pinlu have?", app))
    assert ask("How many daily active users does Pinlu have?", app).abstained
    assert "8000万" in first(ask("果语App月活跃用户数是多少？", zh))
    assert ask("果语App日活跃用户数是多少？", zh).abstained


def test_what_a_margin_will_be_does_not_answer_what_it_was() -> None:
    from tests.ask_helpers import ask, first, library
    call = library("orrin", "Orrin Labs CFO warns of thinner margins",
                   "Orrin Labs reported second-quarter gross margin of 38.2%.",
                   "\"Operating margin will likely slip to about 12% in the third quarter as freight costs climb,\" "
                   "finance chief Ada Kerr said.")
    assert ask("What was Orrin Labs' third-quarter operating margin?", call).abstained
    assert "38.2%" in first(ask("What was Orrin Labs' second-quarter gross margin?", call))


def test_a_plans_investment_is_not_the_value_added_beside_it() -> None:
    from tests.ask_helpers import ask, first, library
    plan = library("songhe", "松河市发布数字经济五年规划：总投资900亿元",
                   "2025年，松河市数字经济核心产业增加值为2150亿元，占地区生产总值的比重为11.3%。",
                   "规划提出，五年内实施重点项目180个，总投资规模约900亿元，其中2026年计划完成投资210亿元。")
    assert "900亿元" in first(ask("松河市数字经济规划总投资多少？", plan))
    assert "210亿元" in first(ask("松河市2026年计划完成投资多少？", plan))
    assert ask("松河市2027年计划完成投资多少？", plan).abstained
    assert ask("松河市数字经济规划投资额是多少？", plan).sentences[0].text.startswith("规划提出")


def test_an_amount_named_by_the_question_is_not_its_share() -> None:
    from tests.ask_helpers import ask, first, library
    plan = library("qingtan", "青潭市：到2030年海洋经济增加值占比提高到15%",
                   "2025年，青潭市海洋经济增加值为860亿元，占地区生产总值的比重为10.2%。",
                   "规划提出，到2030年海洋经济增加值占比提高到15%以上。")
    assert "860亿元" in first(ask("青潭市2025年海洋经济增加值是多少？", plan))
    assert ask("青潭市2030年海洋经济增加值是多少？", plan).abstained


def test_a_count_names_what_it_counts_and_a_target_is_not_what_is_now() -> None:
    from tests.ask_helpers import ask, first, library
    plan = library("baiyu", "白屿市印发充电设施三年方案",
                   "白屿市政府近日印发《白屿市充电基础设施三年行动方案（2026—2028年）》。",
                   "2025年，白屿市新能源汽车保有量为31万辆，同比增长42%。",
                   "方案提出，到2028年全市累计建成公共充电桩6.5万个，换电站120座。")
    assert "31万辆" in first(ask("白屿市2025年新能源汽车保有量是多少？", plan))
    # "到2028年" after the name is the period, not part of the name.
    assert "6.5万个" in first(ask("白屿市到2028年建成多少公共充电桩？", plan))
    # The plan's target is not how many there are now; a sentence on cars does not count chargers.
    assert ask("白屿市目前有多少公共充电桩？", plan).abstained
    assert ask("白屿市有多少加氢站？", plan).abstained
