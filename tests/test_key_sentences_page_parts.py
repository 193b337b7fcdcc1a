"""Key sentences never show the parts of a page that are not the story.

Each test is a class of page, written for the test: a press release with its dateline, its
highlights, "About …", the forward-looking-statement caution and the call notice; a Chinese
flash with its source and date; a wire page whose photo caption carries its credit on the same
line; a brokerage note ending with 风险提示; a page ending with related links.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.boilerplate import boilerplate
from summarizer.datelines import without_dateline
from summarizer.layout import captions
from summarizer.lang import detect_lang
from summarizer.normalize import normalize
from summarizer.roles import FULL, NEVER, sentence_roles, states_no_fact
from summarizer.split import split_sentences

RELEASE = (
    "DENVER, March 4, 2026 /PRNewswire/ -- Granite Peak Foods, Inc. (NASDAQ: GPKF), a maker of frozen "
    "meals, today announced financial results for the fourth quarter ended December 31, 2025.\n\n"
    "Fourth Quarter Highlights\n\n"
    "- Net sales of $318.2 million, up 14% year over year\n\n"
    "- Adjusted EBITDA of $41.5 million\n\n"
    "\"We gained shelf space in every region,\" said Dana Ortiz, Chief Executive Officer.\n\n"
    "Full-year net sales rose 11% to $1.21 billion, and net income was $64.0 million, compared with "
    "$39.8 million a year earlier.\n\n"
    "For 2026, the company expects net sales of $1.30 billion to $1.34 billion.\n\n"
    "Conference Call\n\n"
    "Granite Peak will host a conference call at 4:30 p.m. Eastern Time today. A live webcast will be "
    "available on the company's website.\n\n"
    "About Granite Peak Foods\n\n"
    "Granite Peak Foods makes frozen meals sold in more than 9,000 stores across 30 states. Founded in "
    "1998, the company employs 2,400 people.\n\n"
    "Forward-Looking Statements\n\n"
    "This press release contains forward-looking statements about our expected 2026 net sales. Actual "
    "results could differ materially from those expressed here. The company undertakes no obligation to "
    "update any forward-looking statement.\n\n"
    "Investor Contact:\n\n"
    "ir@granitepeak.example"
)

NOTE = (
    "事件：公司发布2025年半年报，上半年实现营业收入36.8亿元，同比增长18.2%；归母净利润4.1亿元，同比增长25.6%。\n"
    "海外业务放量。上半年海外收入12.4亿元，同比增长41.0%，占比提升至33.7%。\n"
    "投资建议：预计公司2025-2027年归母净利润为8.6/10.3/12.2亿元，维持“买入”评级。\n"
    "风险提示：海外需求下滑风险；原材料价格上涨12%以上的风险；汇率波动风险。"
)


def sentences_of(text: str) -> tuple[list[str], list[int], str]:
    normalized = normalize(text)
    lang = detect_lang(normalized)
    spans = split_sentences(normalized, lang)
    return [s.text for s in spans], [s.paragraph for s in spans], lang


def shown(text: str, count: int = 10, title: str | None = None) -> list[str]:
    return [s.text for s in analyze(text, title=title, max_sentences=count).sentences]


class TestPressReleases:
    def test_boilerplate_parts_are_never_shown(self):
        lines = " ".join(shown(RELEASE, 10))
        for part in ("frozen meals sold in more than 9,000 stores", "forward-looking", "differ materially",
                     "conference call", "webcast", "ir@granitepeak"):
            assert part not in lines

    def test_the_highlights_are_shown(self):
        lines = shown(RELEASE, 3)
        assert any("Net sales of $318.2 million, up 14%" in line for line in lines)
        assert any("$1.21 billion" in line for line in lines)

    def test_the_release_dateline_is_not_shown(self):
        lines = shown(RELEASE, 10)
        assert not any("PRNewswire" in line or line.startswith("DENVER") for line in lines)

    @pytest.mark.parametrize("lead, rest", [
        ("DENVER, March 4, 2026 /PRNewswire/ -- ", "Granite Peak Foods agreed to buy a bakery for $90 million."),
        ("PORTLAND, Ore., Jan. 9, 2026 (BUSINESS WIRE) -- ", "Cedar Labs raised $40 million in new funding."),
        ("TORONTO, May 2, 2026 /CNW/ - ", "Maple Rail said it would close two depots next year."),
        ("OSLO, Norway, Sept. 30, 2026 (GLOBE NEWSWIRE) -- ", "Fjord Wind won a contract for 40 turbines."),
    ])
    def test_release_datelines(self, lead, rest):
        assert without_dateline(lead + rest, "en") == rest

    @pytest.mark.parametrize("line", [
        "Revenue and/or profit/loss - both came in above the plan for the year.",
        "Apple (the company) -- as it said then -- would not comment on the plan.",
    ])
    def test_a_sentence_with_slashes_or_brackets_is_no_dateline(self, line):
        assert without_dateline(line, "en") == line

    def test_announcing_results_states_no_fact(self):
        assert states_no_fact("Granite Peak Foods today announced financial results for the fourth quarter "
                              "ended December 31, 2025.", "en")
        assert not states_no_fact("Granite Peak Foods today announced that net sales rose 14% to $318 million.", "en")


class TestChineseFlashDatelines:
    @pytest.mark.parametrize("lead, rest", [
        ("财联社5月8日电，", "山河电气公告，公司中标国家电网特高压项目，中标金额合计约7.6亿元。"),
        ("【青松药业：一季度净利润同比增长32%】财联社4月20日电，", "青松药业公告，一季度实现净利润2.3亿元，同比增长32%。"),
        ("【澳门日报讯】", "特区政府宣布向每名永久居民发放一万元现金分享，预计涉及开支约70亿元。"),
        ("证券时报e公司讯，", "远航科技公告，公司拟以不超过3亿元回购股份，用于员工持股计划。"),
    ])
    def test_source_and_date_are_not_shown(self, lead, rest):
        assert without_dateline(lead + rest, "zh") == rest

    @pytest.mark.parametrize("line", [
        "中兴通讯，作为国内通信设备龙头企业，一季度营收同比增长8%，净利润同比增长12%。",
        "公司5月8日电话会议上表示，二季度订单同比增长超过三成，毛利率有所回升。",
        "【独家】公司拟以集中竞价方式回购股份，回购资金总额不低于5亿元且不超过10亿元。",
    ])
    def test_a_sentence_without_a_flash_dateline_is_shown_whole(self, line):
        assert without_dateline(line, "zh") == line


class TestCaptions:
    PAGE = (
        "The city of Lakeport will ban petrol leaf blowers from next January, the council said on Tuesday.\n\n"
        "A gardener clears leaves in a park in Lakeport. REUTERS/Jane Roe\n\n"
        "The ban covers about 12,000 machines used by landscaping firms, the council said.\n\n"
        "Firms that switch to electric blowers can claim a rebate of up to $400 per machine.\n\n"
        "Photo: Leaf blowers for sale at a hardware store in Lakeport. (Getty Images)"
    )

    def test_an_agency_credit_on_the_caption_line_marks_the_caption(self):
        texts, paragraphs, _ = sentences_of(self.PAGE)
        flags = captions(texts, paragraphs)
        assert flags[texts.index("A gardener clears leaves in a park in Lakeport.")]
        assert not flags[texts.index("Firms that switch to electric blowers can claim a rebate of up to $400 per machine.")]

    def test_neither_caption_nor_credit_is_shown(self):
        lines = " ".join(shown(self.PAGE, 3))
        assert "gardener" not in lines and "REUTERS" not in lines

    def test_a_chinese_caption_with_its_picture_source(self):
        text = ("6月1日，山海市首条无人驾驶公交线路开通运营，全长18公里，设站12座。\n"
                "乘客在站台候车。（图片来源：山海公交集团）\n"
                "该线路日均客流预计达到8000人次，票价统一为2元。")
        texts, paragraphs, _ = sentences_of(text)
        assert captions(texts, paragraphs)[texts.index("乘客在站台候车。")]

    def test_a_video_blurb_closed_by_its_agency_alone_is_a_caption(self):
        """"…, most of them foreign tourists. (Reuters)": the blurb of a video in the page, told again
        under the lead; "LONDON (Reuters) - …" opens a story and is no caption."""
        text = ("Gunmen stormed the Harbor Museum in Lakeport on Monday, killing at least 12 visitors.\n"
                "Officials said security at museums would be tightened.\n"
                "Gunmen in uniforms stormed the city's museum, killing at least 12 people. (Reuters)\n"
                "LONDON (Reuters) - Shares of travel firms fell on the news, dealers said.")
        texts, paragraphs, _ = sentences_of(text)
        flags = captions(texts, paragraphs)
        assert flags[texts.index("Gunmen in uniforms stormed the city's museum, killing at least 12 people.")]
        assert not any(flags[i] for i, t in enumerate(texts) if "Shares of travel" in t or "Officials" in t)


class TestRiskListsAndLinks:
    def test_risk_list_is_never_shown_with_its_parts(self):
        texts, paragraphs, lang = sentences_of(NOTE)
        roles = sentence_roles(texts, paragraphs, lang)
        risky = [i for i, t in enumerate(texts) if "风险" in t]
        assert risky and all(roles.tier[i] == NEVER for i in risky)
        assert roles.tier[texts.index("海外业务放量。")] == FULL
        assert not any("风险" in line for line in shown(NOTE, 10))

    def test_a_risk_heading_takes_only_its_own_paragraph(self):
        text = ("公司一季度营收同比增长20%，净利润同比增长35%。\n风险提示\n行业竞争加剧；新品推广不及预期。\n"
                "展望全年，公司新产能投产后营收有望增长30%。")
        texts, paragraphs, _ = sentences_of(text)
        flags = boilerplate(texts, paragraphs)
        assert flags[texts.index("风险提示")] and flags[texts.index("行业竞争加剧；")]
        assert not flags[texts.index("展望全年，公司新产能投产后营收有望增长30%。")]

    def test_related_links_are_never_shown(self):
        text = ("山海市今年前5个月新增就业岗位8.2万个，同比增长6%。\n"
                "其中服务业新增岗位5.1万个，占比超过六成。\n"
                "相关阅读：\n山海市发布人才引进新政，最高补贴50万元。\n"
                "山海市一季度GDP同比增长5.8%。")
        texts, paragraphs, _ = sentences_of(text)
        flags = boilerplate(texts, paragraphs)
        assert flags[texts.index("山海市一季度GDP同比增长5.8%。")]
        assert not flags[texts.index("其中服务业新增岗位5.1万个，占比超过六成。")]
        assert not any("GDP" in line or "人才引进" in line for line in shown(text, 4))


class TestStatementsAndHeadlines:
    FLASH = ("财联社3月30日电，白塔电子公告，2025年实现营业收入18.42亿元，同比下降3.10%；归属于上市公司股东的净利润"
             "2.96亿元，同比增长27.5%。公司拟向全体股东每10股派发现金红利3元。公司称，高端电容产品出货量同比增长逾四成。")

    def test_the_line_that_states_the_headlines_figure_is_shown(self):
        lines = shown(self.FLASH, 2, title="白塔电子2025年净利润同比增长27.5%")
        assert any("2.96亿元，同比增长27.5%" in line for line in lines)

    def test_a_part_shown_on_its_own_line_is_not_repeated(self):
        lines = shown(self.FLASH, 4, title="白塔电子2025年净利润同比增长27.5%")
        assert sum("18.42亿元" in line for line in lines) == 1

    def test_a_note_label_is_not_shown(self):
        lines = shown("事件：青禾股份发布2025年年报，全年营收52.3亿元，同比增长16.4%。\n"
                      "点评：\n公司海外收入同比增长38%，占比提升至27%。", 2)
        assert lines[0].startswith("青禾股份发布2025年年报")


class TestFeatureScenes:
    @pytest.mark.parametrize("line", ["清晨六点，菜市场里已经人声鼎沸，摊主们忙着把新鲜蔬菜摆上货架。",
                                      "傍晚时分，老街的路灯一盏盏亮了起来。"])
    def test_a_scene_at_an_hour_of_the_day_states_no_fact(self, line):
        assert states_no_fact(line, "zh")

    @pytest.mark.parametrize("line", ["凌晨，美联储宣布加息25个基点。", "晚上，沪深两市成交额突破万亿元。"])
    def test_news_at_an_hour_of_the_day_is_a_fact(self, line):
        assert not states_no_fact(line, "zh")


class TestPartsOfAPeriod:
    NOTE = ("事件：公司发布2025年三季报，前三季度实现营业收入96.4亿元，同比增长8.2%，归母净利润7.7亿元，同比增长31.4%。"
            "其中第三季度实现营收35.0亿元，同比增长10.3%；归母净利润2.9亿元，同比增长47.9%。\n"
            "订单饱满。截至三季度末，公司在手订单约260亿元，较年初增长16%。\n"
            "盈利能力修复。前三季度毛利率为22.4%，同比提升2.1个百分点。")

    def test_a_quarters_figure_is_never_shown_as_the_whole_periods(self):
        seen = 0
        for count in range(1, 9):
            lines = shown(self.NOTE, count)
            for k, line in enumerate(lines):
                if "2.9亿元" in line:
                    seen += 1
                    assert "第三季度" in line or "第三季度" in lines[k - 1]
        assert seen  # shown at some length, always after its quarter

    def test_shown_alone_it_takes_the_statements_head_with_it(self):
        from summarizer.statement_parts import shown_from

        texts = ["公司前三季度营收96.4亿元。", "其中第三季度实现营收35.0亿元，同比增长10.3%；", "归母净利润2.9亿元，同比增长47.9%。"]
        group = [0, 1, 1]
        assert shown_from(texts, group, 2, {0, 2}, "zh", 120) == 1
        assert shown_from(texts, group, 2, {1, 2}, "zh", 120) == 2  # its head is shown already
        assert shown_from(texts, group, 2, {2}, "zh", 20) == 2  # too long to show together

    def test_the_part_is_a_fragment_for_the_ranking(self):
        texts, paragraphs, lang = sentences_of(self.NOTE)
        roles = sentence_roles(texts, paragraphs, lang)
        part = next(i for i, t in enumerate(texts) if t.startswith("归母净利润2.9亿元"))
        assert roles.tier[part] != FULL

    def test_a_part_after_the_reports_own_period_is_a_full_sentence(self):
        texts, paragraphs, lang = sentences_of("2024年第一季度公司实现营业收入42.4亿元，同比下降6.5%；"
                                               "归母净利润5.2亿元，同比增长18.6%。\n公司毛利率同比提升4.2个百分点。")
        roles = sentence_roles(texts, paragraphs, lang)
        assert roles.tier[texts.index("归母净利润5.2亿元，同比增长18.6%。")] == FULL
