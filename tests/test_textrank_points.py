"""Key sentences: the writer's marked point and Chinese photo captions.

Each test is a class of text, written for the test: a feature that opens with a scene and
turns to its point ("However, most economists argue…"), and a Chinese page whose photo
caption carries its credit on the same line ("…就业双选会现场。某某学院供图").
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from summarizer import analyze
from summarizer.lang import detect_lang
from summarizer.layout import captions
from summarizer.normalize import normalize
from summarizer.roles import (
    FRAGMENT,
    FULL,
    NEVER,
    is_credit,
    news_value,
    sentence_roles,
    writers_point_marks,
)
from summarizer.split import split_sentences
from summarizer.textrank import DEFAULT_CONFIG, rank_sentences, select_sentences
from summarizer.tokenize import tokenize_sentences

# A feature page: a scene first, then the views the writer answers, then the turn to the point
# (it carries both marks: a turn and a ranking word). The scene opens on its subject, not on a
# clause of time ("On a grey morning, …"), which the opening-scene rule would take out of the
# running by itself (tests/test_roles_en.py): here only the turn's bonus is tested.
FEATURE = (
    "Fishmonger Dana Reyes stacked crates of cod at the Harbourview market on a grey morning "
    "while a radio played in the back of her stall.\n\n"
    "She has sold fish at the market for thirty years, and her father sold fish there before her.\n\n"
    "Supporters of the new import duties say the duties help local boat builders and crate makers "
    "compete with cheaper foreign goods.\n\n"
    "Local officials say the duties have raised money for the harbour and kept the crate factory "
    "open.\n\n"
    "Traders say the prices of crates, ice and boxes at the market rose by a third after the "
    "duties.\n\n"
    "Most economists, however, argue that the main cost of the import duties falls on shoppers at "
    "the market.\n\n"
    "The market will hold its annual fish festival in the spring, as it has done for decades."
)
TURN = "Most economists, however, argue that the main cost of the import duties"


def _chosen(text: str, count: int, config=DEFAULT_CONFIG) -> list[str]:
    normalized = normalize(text)
    lang = detect_lang(normalized)
    spans = split_sentences(normalized, lang)
    texts = [span.text for span in spans]
    ranking = rank_sentences(texts, tokenize_sentences(tuple(texts), lang), lang=lang,
                             paragraphs=[span.paragraph for span in spans], config=config)
    return [texts[i] for i in select_sentences(ranking, count, config=config)]


class TestTheWritersMarkedPoint:
    def test_a_turn_after_the_scene_and_the_views_it_answers_is_a_key_sentence(self):
        shown = [s.text for s in analyze(FEATURE, max_sentences=3).sentences]
        assert any(s.startswith(TURN) for s in shown)

    def test_without_the_bonus_the_scene_and_the_views_win(self):
        # The same text ranked with the bonus off: the turn is not among the three, so the
        # test above holds because of the rule, not by chance.
        plain = _chosen(FEATURE, 3, replace(DEFAULT_CONFIG, point_bonus=0.0))
        assert not any(s.startswith(TURN) for s in plain)
        assert any(s.startswith(TURN) for s in _chosen(FEATURE, 3))

    @pytest.mark.parametrize(("line", "marks"), [
        ("However, the board rejected the offer on Friday.", 1),
        ("Instead, voters handed the governor a clear defeat.", 1),
        ("Most economists, however, argue that consumers pay.", 1),
        ("The key finding is that the drug cut deaths by a third.", 1),
        ("The main reason, however, is the price of energy.", 2),
        ("The council met on Friday to discuss the budget.", 0),
        ("Keystone workers went home early.", 0),  # "key" only as a whole word
        # A figure the writer says policymakers or markets watch closely is the one that matters.
        ("Rent inflation, closely watched by policymakers, slowed to 4.1% from 4.7%.", 1),
        ("The closely-watched survey of purchasing managers fell to 48.2.", 1),
        ("however the weather turns, the race goes on.", 0),  # a turn opens with a capital or follows a comma
    ])
    def test_marks_are_counted(self, line, marks):
        assert writers_point_marks(line, "en") == marks

    def test_the_closely_watched_figure_outranks_another_of_the_same_report(self):
        watched = news_value("Rent inflation, closely watched by policymakers, slowed to 4.1% from 4.7%.", "en")
        other = news_value("Energy prices fell 3.2% from a year earlier, while food prices rose 1.8%.", "en")
        assert watched > other

    def test_chinese_lines_carry_no_marks(self):
        # 然而/其实 and 关键/核心 showed no such difference on the Chinese sets.
        assert writers_point_marks("然而，关键在于价格。", "zh") == 0

    def test_each_mark_raises_the_news_value(self):
        plain = news_value("The council met to discuss the budget plan.", "en")
        one = news_value("However, the council met to discuss the budget plan.", "en")
        two = news_value("However, the key council met to discuss the budget plan.", "en")
        assert plain < one < two


class TestChinesePhotoCaptions:
    PAGE = ("5月9日，山海学院养老服务管理专业毕业生就业双选会现场。山海学院供图\n"
            "山海学院今年迎来首届养老服务管理专业本科毕业生64人，其中九成同学将进入养老行业工作。\n"
            "双选会上，35家企业共提供就业岗位400多个，岗位数量远大于毕业生人数。\n"
            "学生李某（右）在为老服务中心实习。河湾学院供图\n"
            "河湾学院副院长介绍，首届32名毕业生中，绝大部分同学都将进入养老行业。")

    def test_a_caption_with_its_credit_on_the_same_line_is_never_a_key_sentence(self):
        shown = [s.text for s in analyze(self.PAGE, max_sentences=3).sentences]
        assert len(shown) == 3
        assert not any("双选会现场" in s or "实习" in s for s in shown)

    def test_the_caption_is_never_shown_while_the_story_has_a_line(self):
        # Not even to fill the count: a caption describes a picture the reader does not see.
        texts = ["5月9日，山海学院就业双选会现场。", "山海学院供图", "山海学院今年迎来首届毕业生64人。"]
        roles = sentence_roles(texts, [0, 0, 1], "zh")
        assert list(roles.tier) == [NEVER, NEVER, FULL]  # the credit itself is never shown either
        assert captions(texts, [0, 0, 1]) == [True, True, False]

    @pytest.mark.parametrize("credit", ["新华社记者 李明 摄", "（王某 摄）", "视觉中国", "山海学院供图"])
    def test_credit_forms(self, credit):
        assert captions(["阿某（中）在竞选总部发表演讲。", credit], [0, 0]) == [True, True]

    def test_a_story_paragraph_that_ends_with_a_credit_stays_a_story(self):
        # Three sentences before the credit: a paragraph of the story, not a caption.
        texts = ["公司宣布收购河湾公司。", "交易金额为12亿元。", "交易预计年底完成。", "新华社记者 李明 摄"]
        assert captions(texts, [0, 0, 0, 0]) == [False, False, False, False]

    def test_a_dateline_credit_opening_a_paragraph_is_no_caption(self):
        assert captions(["新华社北京12月5日电", "公司宣布收购。"], [0, 0]) == [False, False]


class TestBracketedSourceLines:
    FLASH = ("山海市发布促进消费的十条措施，对购买新能源汽车的个人给予每辆5000元补贴。"
             "措施还提出，今年将新增充电桩2万个，并延长商业街区的营业时间。"
             "山海市商务局表示，措施自下月起实施，有效期两年。\n（山海日报）")

    def test_a_closing_source_line_is_never_a_key_sentence(self):
        shown = [s.text for s in analyze(self.FLASH, max_sentences=4).sentences]
        assert len(shown) == 3
        assert not any("山海日报" in s for s in shown)

    @pytest.mark.parametrize("line", ["（上证报）", "(证券时报)", "（完）", "（记者 王某）", "(Reuters)"])
    def test_bracketed_source_and_end_marks_are_credits(self, line):
        assert is_credit(line)

    @pytest.mark.parametrize("line", ["（2）公司营收同比增长12%。", "公司营收增长（同比）。", "（一）坚持稳中求进，加快结构调整。"])
    def test_a_sentence_with_brackets_is_no_credit(self, line):
        assert not is_credit(line)


class TestChineseDatelinesAndPressConferences:
    @pytest.mark.parametrize(("lead", "shown"), [
        ("新华社山海5月9日电（记者王明）山海市5月前四周新能源汽车销量同比增长35%，创历史同期新高。",
         "山海市5月前四周新能源汽车销量同比增长35%，创历史同期新高。"),
        ("本报讯（记者李华）近日，山海市青少年心理健康服务项目在市青年宫正式启动，首批覆盖20所学校。",
         "近日，山海市青少年心理健康服务项目在市青年宫正式启动，首批覆盖20所学校。"),
        ("山海商报讯（记者赵一 钱二）5月20日，山海银行公布一年期贷款利率为3.45%，与上月持平。",
         "5月20日，山海银行公布一年期贷款利率为3.45%，与上月持平。"),
        ("新华社北京12月5日电 国务院常务会议部署进一步扩大内需的措施，涉及消费和投资两方面。",
         "国务院常务会议部署进一步扩大内需的措施，涉及消费和投资两方面。"),
    ])
    def test_a_dateline_glued_to_the_lead_is_not_shown(self, lead, shown):
        text = lead + "\n山海市商务局表示，将继续出台配套政策，推动相关产业发展。"
        first = analyze(text, max_sentences=2).sentences[0]
        assert first.text == shown

    @pytest.mark.parametrize("line", ["中国移动通讯业务收入同比增长12%，带动公司整体营收增长。",
                                      "公司发电量同比增长5%（记者注意到）且营收增长。"])
    def test_a_lead_without_a_dateline_is_shown_whole(self, line):
        from summarizer.roles import without_dateline

        assert without_dateline(line, "zh") == line

    @pytest.mark.parametrize("line", ["全会闭幕后，市政府在会展中心举行记者招待会。", "市长与记者见面，并回答媒体提问。"])
    def test_a_press_conference_taking_place_states_no_fact(self, line):
        from summarizer.roles import states_no_fact

        assert states_no_fact(line, "zh")

    @pytest.mark.parametrize("line", ["公司举行发布会，宣布营收增长12%。", "市长在回答记者提问时表示，将推进数字化转型。",
                                      "未来的系统可能不需要人来教，就能回答问题。"])
    def test_what_was_said_there_is_a_fact(self, line):
        from summarizer.roles import states_no_fact

        assert not states_no_fact(line, "zh")


class TestAnnouncementsAndProceedings:
    """A line that says what will be said, or that a speech was given, states no fact."""

    @pytest.mark.parametrize(("line", "lang"), [
        ("5月8日，在山海论坛开幕式上，协会会长王明在演讲中分析了去年行业的进出口数据，同时指出了产业结构的不足之处。", "zh"),
        ("市长先后来到港区、园区和社区，走进企业车间，与干部群众深入交流。", "zh"),
        ("局长李华向大会致词，副局长宣读了《关于表彰优秀志愿者的决定》，志愿者代表进行了交流发言。", "zh"),
        ("A new study investigates when people decide to trust a stranger, and how fast they do it.", "en"),
        ("Today, we’re going to talk about why focus matters for a small online shop.", "en"),
        ("In this article, and in the weeks to come, I’m sharing my approach to growing a shop.", "en"),
    ])
    def test_an_announcement_states_no_fact(self, line, lang):
        from summarizer.roles import states_no_fact

        assert states_no_fact(line, lang)

    @pytest.mark.parametrize(("line", "lang"), [
        ("王明指出，去年行业进口额增长12%，结构问题急需调整。", "zh"),
        ("市长强调，要加快港区建设，扩大对外开放。", "zh"),
        ("会议宣布，首届优秀志愿者共有30人获得表彰。", "zh"),
        ("The study found that people decide to trust a stranger within a second.", "en"),
        ("Today the company cut its forecast for the year.", "en"),
    ])
    def test_what_was_found_or_said_is_a_fact(self, line, lang):
        from summarizer.roles import states_no_fact

        assert not states_no_fact(line, lang)

    def test_the_finding_is_chosen_over_the_announcement(self):
        text = ("A new study investigates when people decide to trust a stranger, and how the brain "
                "makes that choice.\n\n"
                "Researchers at a university in Oslo asked two hundred volunteers to play a simple "
                "game with strangers over several weeks.\n\n"
                "The volunteers decided whether to trust a stranger within one second, the study found, "
                "long before they could say why they trusted the stranger.\n\n"
                "The team plans to repeat the game with children next year.")
        first = _chosen(text, 1)[0]
        assert first.startswith("The volunteers decided whether to trust a stranger within one second")


def test_an_english_word_written_once_is_no_keyword() -> None:
    """Short wire stories listed "wrote", "tighter" and "simpler" among their keywords: words that ranked
    only for the words next to them."""
    text = ("Harbor Lines reported record quarterly profit as freight rates rebounded. Harbor Lines said rates on "
            "Asia routes rose 38%. Analysts said rates would stay high. The analysts wrote that the market "
            "looked tighter than expected. Harbor Lines will pay a special dividend.")
    words = [k.word.lower() for k in analyze(text).keywords]
    assert "rates" in words and "harbor lines" in words
    assert not {"wrote", "tighter", "special"} & set(words), words


class TestChineseLinesThatAnnounceWhatFollows:
    """A Chinese line ending with a colon announces what follows ("现将回购进展情况公告如下：", "我们作反馈如下：");
    like an English one, it states nothing itself. On the key-point sets none of the six such lines carries a point."""

    NOTICE = ("山海电器股份有限公司于2026年8月12日召开董事会，审议通过了回购公司股份的方案。\n"
              "现将回购进展情况公告如下：\n"
              "截至2026年11月30日，公司累计回购股份5,120,000股，占公司总股本的1.21%，成交总金额为8,036万元。\n"
              "本次回购符合相关法律法规的要求。")

    def test_the_announcing_line_is_a_fragment(self):
        texts = ["现将回购进展情况公告如下：", "截至11月30日，公司累计回购股份512万股。", "本次回购符合相关法律法规的要求。"]
        assert list(sentence_roles(texts, [0, 0, 0], "zh").tier) == [FRAGMENT, FULL, FULL]

    def test_it_is_not_shown(self):
        shown = [s.text for s in analyze(self.NOTICE, max_sentences=3).sentences]
        assert not any(s.rstrip().endswith("：") for s in shown)


_ABNORMAL_MOVE = """证券代码：688001 证券简称：云岭智造 公告编号：2026-051
云岭智造股份有限公司股票交易异常波动公告
本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。
重要内容提示：
●云岭智造股份有限公司（以下简称“公司”）股票于2026年10月12日、10月13日、10月14日连续三个交易日内收盘价格涨幅偏离值累计超过30%，属于股票交易异常波动情形。
●截至2026年10月14日，公司滚动市盈率为118.4倍，显著高于行业平均市盈率35.6倍。
●公司2026年上半年实现营业收入2.05亿元，同比下降12.40%；归属于上市公司股东的净利润-1,320.55万元，同比由盈转亏。
一、股票交易异常波动的具体情况
公司股票交易连续三个交易日内收盘价格涨幅偏离值累计超过30%，根据《上海证券交易所交易规则》的有关规定，属于股票交易异常波动情形。
二、公司关注并核实的相关情况
经公司自查，截至本公告披露日，不存在应披露而未披露的重大信息。公司低空飞行器相关产品尚处于研发阶段，相关收入为0元。
特此公告。
"""


def test_an_announcements_bullet_items_are_statements_and_a_restated_clause_is_shown_once() -> None:
    """"●" opens the items of an announcement's summary, not a photo caption (▲ does); the body's
    "连续三个交易日内收盘价格涨幅偏离值累计超过30%" restates the first item word for word: one fact."""
    shown = [s.text for s in analyze(_ABNORMAL_MOVE, max_sentences=3).sentences]
    assert any("118.4倍" in s or "2.05亿元" in s for s in shown)
    assert sum("偏离值累计超过30%" in s for s in shown) <= 1


_INFLATION_EN = """Norvik inflation cools to 2.3% in October, bolstering rate-cut bets

OSLO, Nov 4 - Norvik's annual consumer price inflation slowed to 2.3% in October from 2.8% in September, the statistics office said on Tuesday, the lowest reading in three years.

Core inflation, which excludes food and energy prices, eased to 2.7% from 3.0%. Month on month, prices fell 0.3%, driven by a 4.1% drop in fuel costs.

"The disinflation trend is now broad-based," said Ida Lund, chief economist at Vest Bank.

The central bank has held its policy rate at 3.5% since May.

The Norvik crown weakened 0.5% against the euro after the data.
"""


def test_a_currencys_move_after_the_data_is_the_markets_reaction_not_the_news() -> None:
    shown = [s.text for s in analyze(_INFLATION_EN, max_sentences=3).sentences]
    assert not any("crown weakened" in s for s in shown)
    assert any("2.3%" in s for s in shown)
