"""What a real page leaves among an article's sentences that is never a key sentence
(summarizer.page_chrome, the caption rule of summarizer.roles, the bracketed reporters of
summarizer.datelines, the generic frame of summarizer.openers).

Each test is a class of line, written for the test: share and reprint prompts, numbered
subheadings, a photo caption with its credit, the headline or topic tags run into the lead,
a wire dateline with the reporters' names but no 记者, and an English frame that names nobody.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.datelines import without_dateline
from summarizer.openers import generic_frame
from summarizer.page_chrome import chrome_flags, is_chrome_sentence, is_numbered_heading, without_glued_head
from summarizer.roles import states_no_fact


def _shown(text: str, n: int = 3, title: str | None = None) -> list[str]:
    analysis = analyze(text, title=title, max_sentences=n)
    return [s.text for s in analysis.sentences]


class TestPageChrome:
    @pytest.mark.parametrize("text", [
        "点击右上角微信好友",
        "本文首发于某某财经公众号（abc123）",
        "最新推荐文章于 2021-03-02 10:11:12 发布",
        "未经授权，禁止转载。",
        "Sign up for our morning newsletter.",
        "© 2024 Riverside Media. All rights reserved.",
        "Editor's note: this story has been updated.",
    ])
    def test_chrome_wording(self, text: str) -> None:
        assert is_chrome_sentence(text)

    @pytest.mark.parametrize("text", [
        "法院认定被告未经授权使用原告作品，判令其赔偿经济损失120万元，并在其官网首页连续30日刊登声明。",
        "Customers can sign up for the new plan from March 1, the company said.",
        "The court ruled the publisher owns all rights reserved under the 1998 contract with the author's estate.",
    ])
    def test_news_using_the_words_stays(self, text: str) -> None:
        assert not is_chrome_sentence(text)

    def test_chrome_is_never_shown(self) -> None:
        text = ("南河市统计局发布数据显示，今年前三季度全市地区生产总值达到5230亿元，同比增长6.1%。\n"
                "点击右上角微信好友分享本文\n"
                "其中，规模以上工业增加值同比增长8.2%，高技术制造业增加值增长14.5%。\n"
                "本文首发于南河观察公众号\n"
                "全市社会消费品零售总额为1890亿元，同比增长5.4%。")
        shown = _shown(text, 4)
        assert not any("点击" in s or "首发" in s for s in shown)
        assert any("5230亿元" in s for s in shown)


class TestNumberedSubheadings:
    @pytest.mark.parametrize("text", ["01新工厂，为什么选在这里？", "02三年翻一番的秘密...", "03《晨光》之后，还有什么"])
    def test_a_numbered_subheading(self, text: str) -> None:
        assert is_numbered_heading(text)

    @pytest.mark.parametrize("text", ["2024年公司营收增长12%", "05月以来，订单持续增加，公司新签合同金额同比增长30%以上", "3.5亿元"])
    def test_a_figure_is_no_section_number(self, text: str) -> None:
        assert not is_numbered_heading(text)

    def test_only_alone_in_its_paragraph(self) -> None:
        texts = ["01新工厂，为什么选在这里？", "01新工厂投产后的第一批产品已交付。", "后面还有一句。"]
        assert chrome_flags(texts, [0, 1, 1]) == [True, False, False]


class TestCaptions:
    def test_a_credited_caption_is_not_shown_to_fill_the_count(self) -> None:
        text = ("东岭国际马拉松赛\n"
                "第十届东岭国际马拉松赛11日鸣枪开跑，来自28个国家和地区的3.2万名选手参赛，肯尼亚选手基普罗以2小时08分夺得男子冠军。\n"
                "11月11日，在东岭市滨江大道，选手们（前）从起点出发。 东岭日报记者 王小林 摄\n"
                "11月11日，在东岭市滨江大道，观众为选手加油。 东岭日报记者 王小林 摄")
        shown = _shown(text, 3)
        assert any("3.2万名选手" in s for s in shown)
        assert not any("滨江大道" in s for s in shown)


class TestGluedHeads:
    def test_the_title_run_into_the_lead(self) -> None:
        title = "北湖公司回应质量投诉：多数问题已整改"
        lead = title + "据北湖日报3月5日报道，北湖公司5日表示，消费者反映的12项质量问题中已有10项完成整改。"
        assert without_glued_head(lead, title).startswith("据北湖日报3月5日报道")

    def test_a_lead_that_only_starts_like_the_title_stays(self) -> None:
        title = "北湖公司降价"
        lead = "北湖公司降价引发同行跟进，三家企业随后宣布下调主力车型售价。"
        assert without_glued_head(lead, title) == lead

    def test_topic_tags_before_a_post(self) -> None:
        post = "【#北湖大桥今日通车#】#北湖大桥# 据北湖交通局消息，全长12公里的北湖大桥今日上午正式通车，总投资48亿元。"
        assert without_glued_head(post, None).startswith("据北湖交通局消息")

    def test_shown_without_the_title(self) -> None:
        title = "北湖公司回应质量投诉：多数问题已整改"
        text = (title + "据北湖日报3月5日报道，北湖公司5日表示，消费者反映的12项质量问题中已有10项完成整改，其余2项将于月底前完成。\n"
                "北湖公司称，已向受影响的消费者支付补偿款共计360万元。\n"
                "市场监管部门表示，将持续跟踪整改情况。")
        shown = _shown(text, 3, title=title)
        assert shown[0].startswith("据北湖日报")


class TestDatelines:
    def test_reporters_without_the_word_reporter(self) -> None:
        text = "新华社南京3月8日电（王小明、李华）南京市政府8日发布消息，全市新建充电桩1.2万个，覆盖所有街道。"
        assert without_dateline(text, "zh").startswith("南京市政府8日发布消息")


class TestGenericFrames:
    @pytest.mark.parametrize("text", [
        "There’s a curious gap in the way small shops think about growth.",
        "Tablets may have become the device of choice for many readers, but that doesn't mean paper is finished.",
    ])
    def test_a_frame_naming_nobody_states_no_fact(self, text: str) -> None:
        assert generic_frame(text)
        assert states_no_fact(text, "en")

    @pytest.mark.parametrize("text", [
        "There are 14 stores left in the chain after the closures.",
        "There is no evidence that Harlow Bank broke the rules, the regulator said.",
    ])
    def test_a_figure_or_a_name_is_a_fact(self, text: str) -> None:
        assert not generic_frame(text)


class TestStampAndWriterBeforeTheLead:
    def test_title_stamp_and_writer_are_cut(self) -> None:
        title = "李明：新能源车出海，靠的是什么"
        lead = (title + " 最后更新: 2023-04-02 10:15:30 【文/某某网专栏作者 李明】 “今年我们的海外订单翻了一番。”"
                "在南港码头，一家车企的负责人告诉笔者。")
        assert without_glued_head(lead, title).startswith("“今年我们的海外订单翻了一番。”")
        glued = title + "最后更新：2023-04-02 10:15:30【文/李明】南港码头今年一季度出口汽车12万辆，同比增长80%。"
        assert without_glued_head(glued, title).startswith("南港码头今年一季度")

    def test_a_dateline_glued_to_its_source(self) -> None:
        text = "南河网5月13日讯据南河市人民政府网站消息，《南河市促进托育服务发展的若干措施》近日发布。"
        assert without_dateline(text, "zh").startswith("据南河市人民政府网站消息")
        text = "南河财经讯 5月25日上午消息，南河银行宣布下调存款利率10个基点，自下周一起执行。"
        assert without_dateline(text, "zh").startswith("5月25日上午消息")
