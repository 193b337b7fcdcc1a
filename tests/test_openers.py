"""Lines that open or frame a story without stating its news, and the line that states an
analysis' thesis (summarizer.openers).

Each test is a class of line, written for the test: a sourcing line whose news is in the next
sentence, a reporter's visit opening a feature, an English feature that opens by looking back,
the sector around a company's result, and an analysis that says what its point is.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.openers import frames_sector, looks_back, share_reaction, states_thesis
from summarizer.roles import news_value, states_no_fact, writers_point_marks
from summarizer.roles_en import opening_scene


class TestASourcingLineStatesNothing:
    @pytest.mark.parametrize("text", [
        "近日，记者从北川市交通运输局获悉。",
        "记者近日从多家银行了解到。",
        "本报记者从省教育厅得知。",
    ])
    def test_where_the_news_comes_from_is_no_news(self, text: str) -> None:
        assert states_no_fact(text, "zh")

    @pytest.mark.parametrize("text", [
        "记者从北川市交通运输局获悉，地铁三号线将于年底开通运营。",
        "据悉，公司已与两家整车企业签署供货协议。",
    ])
    def test_the_news_after_the_source_stays(self, text: str) -> None:
        assert not states_no_fact(text, "zh")

    def test_the_sourcing_line_is_never_a_key_sentence(self) -> None:
        text = ("近日，记者从北川市医疗保障局获悉。\n"
                "北川市医疗保障局决定，自明年1月1日起将30种罕见病用药纳入医保报销范围，平均降价48%。\n"
                "按照规定，参保患者使用上述药品，报销比例不低于65%。\n"
                "市医保局测算，政策实施后每年可为患者减轻负担约2.4亿元。\n"
                "市医保局表示，将加强对定点医院的监督检查。")
        shown = [s.text for s in analyze(text, title="北川30种罕见病用药纳入医保", max_sentences=3).sentences]
        assert not any("获悉" in line for line in shown)
        assert any("2.4亿元" in line for line in shown)


class TestAFeatureOpensOnAVisit:
    @pytest.mark.parametrize("text, expected", [
        ("走进位于城东的新工厂，一排排机械臂正在焊接车身。", True),
        ("记者走进这家老字号茶馆，茶客们正围坐着聊天。", True),
        ("走进工厂后，工作人员介绍公司今年订单增长了三成。", False),  # a change in words: news
        ("他来到一家新能源汽车工厂考察调研。", False),  # a leader's visit is the news
        ("步入数字时代，消费者对线上服务的要求越来越高。", False),  # an era, not a place: no scene
    ])
    def test_a_visit_opens_the_scene(self, text: str, expected: bool) -> None:
        assert states_no_fact(text, "zh") is expected


class TestAFeatureOpensByLookingBack:
    @pytest.mark.parametrize("text, expected", [
        ("For most of the last century, the cannery defined the harbour town.", True),
        ("For decades, the valley was known for its orchards.", True),
        ("For years, Corvane was the store that could do no wrong.", True),
        ("For a long time, the port lived off its coal trade.", True),
        ("For years to come, the plant will run on gas.", False),
        ("Two years after the plant closed, the high street is half empty.", True),
        ("A decade ago, the square was a car park.", True),
        ("For the first time, the company reported a profit.", False),
        ("The plant closed two years ago.", False),
    ])
    def test_a_look_back(self, text: str, expected: bool) -> None:
        assert looks_back(text) is expected

    def test_a_look_back_with_a_decision_is_news(self) -> None:
        assert states_no_fact("For decades, the harbour town lived off its cannery.", "en")
        assert not states_no_fact("Two years ago, regulators fined the bank over its lending.", "en")

    def test_the_look_back_runs_until_the_news(self) -> None:
        texts = ["For most of the last century, the cannery defined the harbour town.",
                 "When it closed, many assumed the town's best days were gone.",
                 "\"It felt like the end,\" said a fisherman.",
                 "On Monday, Northgate Foods said it would build a $300 million plant on the site."]
        shown = [True] * len(texts)
        no_fact = [states_no_fact(t, "en") for t in texts]
        figured = [False, False, False, True]
        assert opening_scene(texts, shown, no_fact, figured) == [0, 1, 2]
        # The news right after the look back is no part of it.
        early = [texts[0], "Office vacancies reached a record 21.4% in the third quarter.", texts[2]]
        assert opening_scene(early, [True] * 3, [states_no_fact(t, "en") for t in early],
                             [False, True, False]) == [0]

    def test_a_result_with_many_figures_ends_the_look_back(self) -> None:
        # Four figures in one result weigh less than a plain result, but they are the news all the same.
        text = ("For decades, the lake town of Merrow lived off its paper mill.\n"
                "Visitor numbers rose 12% to 4.1 million last year and spending per visitor climbed 9% to $310.\n"
                "The council now wants to turn the old mill into a hotel.\n"
                "Some residents say the roads cannot take more traffic.\n"
                "A public meeting on the plan is set for the spring.\n"
                "\"We have to decide what kind of town we want to be,\" said one councillor.")
        shown = [s.text for s in analyze(text, title="A mill town turns to tourism", max_sentences=3).sentences]
        assert any("4.1 million" in line for line in shown)

    def test_the_feature_shows_its_news_not_its_past(self) -> None:
        text = (
            "For most of the last century, the Halvard Cannery defined the harbour town of Brennick.\n"
            "When the cannery closed in 2011, taking 900 jobs with it, many residents assumed the town would "
            "slowly empty out.\n"
            "\"My mother worked there for 30 years,\" said Anna Kerr, 61, who runs a bakery on the quay.\n"
            "On Monday, Northgate Foods said it would build a $300 million seafood processing plant on the "
            "cannery site, creating about 650 jobs when it opens in 2028.\n"
            "The company picked Brennick after the regional government offered $45 million in grants, "
            "according to a person familiar with the talks.\n"
            "Some residents worry about traffic on the coast road, and a local group has asked for a "
            "public hearing on the plant's permits.\n"
            "Construction is due to start next spring.")
        shown = [s.text for s in analyze(text, title="A cannery town bets on seafood again",
                                         max_sentences=3).sentences]
        assert any("$300 million" in line for line in shown)
        assert not any(line.startswith(("For most of", "When the cannery")) for line in shown)


class TestTheSectorAroundTheNews:
    @pytest.mark.parametrize("text, expected", [
        ("从行业看，全国百强房企11月销售额同比下降28.9%。", True),
        ("本周半导体板块上涨2.1%，跑赢沪深300指数1.5个百分点。", True),
        ("公司11月实现合同销售金额98.7亿元，同比下降31.2%。", False),
        ("沪指涨0.79%，深证成指涨1.55%，创业板指涨1.3%。", False),  # the market's day is a flash's news
        ("从全国看，1-11月全国固定资产投资48.2万亿元，同比增长3.1%。", False),  # a national release's news
        ("从整个市场看，本周A股日均成交额1.2万亿元，环比增长8%。", False),  # a market report's news
    ])
    def test_the_sector_frames_the_news(self, text: str, expected: bool) -> None:
        assert frames_sector(text, "zh") is expected

    def test_the_sector_gives_way_to_the_company(self) -> None:
        assert news_value("从行业看，全国百强房企11月销售额同比下降28.9%。", "zh") < \
            news_value("公司11月合同销售额同比下降31.2%。", "zh")


class TestAnAnalysisStatesItsThesis:
    @pytest.mark.parametrize("text, expected", [
        ("The argument here is simple: demand for parking has permanently shrunk.", True),
        ("That is the clearest sign yet that the slump is not a passing phase.", True),
        ("The likely result is a wave of store closures next year.", True),
        ("The result was announced on Monday.", False),
        ("Parking revenue fell 12% last year.", False),
        ("The problem with parking is no longer the price of a space.", True),
        ("The bigger obstacle is a shortage of trained inspectors.", True),
        ("The slowdown is not a blip but a turning point for the industry.", True),
        ("The company said the problem had been fixed.", False),
        ("The plant is not a large one.", False),
    ])
    def test_a_thesis_mark(self, text: str, expected: bool) -> None:
        assert states_thesis(text, "en") is expected

    def test_a_thesis_counts_as_the_writers_point(self) -> None:
        # a thesis is two marks: it outweighs the scene a feature opens on, near the top
        assert writers_point_marks("The argument here is simple: demand for parking has permanently shrunk.",
                                   "en") == 2
        assert writers_point_marks("Demand for parking has shrunk.", "en") == 0
        assert not states_thesis("论点很简单：停车需求已经永久性萎缩。", "zh")


    def test_the_closing_thesis_is_shown(self) -> None:
        text = ("Shoppers filled the malls last weekend as retailers cut prices for the holiday season.\n"
                "Store traffic rose 4% from a year earlier, according to a count by a research firm.\n"
                "Retailers hope the crowds will last into January.\n"
                "Yet sales per visit fell for the third straight month, and credit card balances hit a record.\n"
                "Many shoppers are buying only what is on sale.\n"
                "Several chains have said they will close stores next year.\n"
                "Discounts will keep people coming through the doors for a while.\n"
                "The problem with retail is no longer getting people into the store; it is getting them to pay.")
        chosen = [s.text for s in analyze(text, title="Analysis: Crowded malls hide a weak holiday season",
                                          max_sentences=3).sentences]
        assert any(line.startswith("The problem with retail") for line in chosen)


class TestTheMarketsReaction:
    @pytest.mark.parametrize("text, expected", [
        ("Shares of Fernbrook rose 4.1% in morning trading.", True),
        ("Kestrel shares fell 2.3% in Oslo.", True),
        ("The shares were down 0.8% in premarket trading.", True),
        ("Fernbrook reported a 12% rise in quarterly profit.", False),
        ("The Nasdaq rose 1.2% and the S&P 500 gained 0.8%.", False),  # a market report's news
        ("Its market share rose to 21% in the quarter, up from 17%.", False),  # a result, not the stock
        ("Fernbrook's share of revenue from services rose to 38%.", False),
        ("Fernbrook stock fell 6% after the report.", True),
        ("Stock markets fell 2% across Asia on Monday.", False),  # a market report's news
    ])
    def test_a_line_on_how_the_stock_took_the_news(self, text: str, expected: bool) -> None:
        assert share_reaction(text, "en") is expected

    @pytest.mark.parametrize("text, expected", [
        ("截至12月2日收盘，东岭科技股价报18.36元，下跌2.15%。", True),
        ("东岭科技股价收报18.36元，上涨3.2%。", True),
        ("东岭科技前三季度净利润同比下跌21.5%。", False),
        ("沪指涨0.79%，深证成指涨1.55%。", False),
        ("受此消息影响，东岭科技股价一度大涨8%。", True),
        ("东岭科技股价收涨3.2%，总市值重回百亿元。", True),
    ])
    def test_the_same_in_chinese(self, text: str, expected: bool) -> None:
        assert share_reaction(text, "zh") is expected

    def test_a_market_share_that_rose_keeps_its_value(self) -> None:
        line = "Fernbrook's market share rose to 21% in the quarter, up from 17%."
        assert news_value(line, "en") > news_value("Shares of Fernbrook rose 4.1% in morning trading.", "en")

    def test_the_reaction_gives_way_to_the_result(self) -> None:
        assert news_value("Shares of Fernbrook rose 4.1% in morning trading.", "en") < \
            news_value("Net sales rose 4.1% to $2.3 billion in the quarter.", "en")


class TestEventOrdinals:
    """The ordinal of a recurring event says which one it was, not how many of anything:
    "召开第48场新闻发布会" states no more than "召开新闻发布会" (it was shown first in a flash
    whose news came after it)."""

    @pytest.mark.parametrize("text", ["临川市召开第48场新闻发布会。", "省政府举行第 7 次新闻发布会。"])
    def test_a_numbered_press_conference_states_no_fact(self, text: str) -> None:
        assert states_no_fact(text, "zh")

    def test_a_count_beside_the_ordinal_is_still_a_fact(self) -> None:
        assert not states_no_fact("临川市召开第48场新闻发布会，通报新增病例12例。", "zh")

    def test_a_ranking_is_no_event_ordinal(self) -> None:
        assert not states_no_fact("远帆科技出货量位列全球第3。", "zh")

    def test_the_number_adds_no_news_value(self) -> None:
        assert news_value("临川市召开第48场新闻发布会。", "zh") == news_value("临川市召开新闻发布会。", "zh") \
            < news_value("临川市新增确诊病例12例。", "zh")


class TestADocumentReceivedOrFiled:
    """"公司收到中国证监会下发的《行政处罚决定书》。" says a document exists, like "公司公布2022年年报。"; what it
    decides (the fine, the ban) follows. Sentences written for the test."""

    @pytest.mark.parametrize("text, expected", [
        ("山海股份12月3日晚间公告，公司收到中国证监会下发的《行政处罚决定书》。", True),
        ("近日，河湾汽车有限公司向市场监管总局备案了召回计划。", True),
        # what the document decides, with its figure, is the news
        ("山海股份收到《行政处罚决定书》，被处以800万元罚款。", False),
        ("公司收到中标通知书，确认公司为该项目中标人，中标金额2.6亿元。", False),
    ])
    def test_the_document_alone_states_nothing(self, text: str, expected: bool) -> None:
        assert states_no_fact(text, "zh") is expected

    def test_the_decision_is_shown_rather_than_its_receipt(self) -> None:
        text = ("山海股份12月3日晚间公告，公司收到中国证监会下发的《行政处罚决定书》。\n"
                "经查，山海股份2020年至2022年通过虚构销售业务，累计虚增营业收入9.42亿元。\n"
                "证监会决定，对山海股份责令改正，给予警告，并处以600万元罚款；\n"
                "对时任董事长李某给予警告，并处以300万元罚款，同时采取5年市场禁入措施。\n"
                "受此影响，公司股票将于12月6日起被实施其他风险警示。")
        shown = [s.text for s in analyze(text, title="虚增营收9.42亿元 山海股份被罚600万元", max_sentences=3).sentences]
        assert not any("《行政处罚决定书》" in line for line in shown)
