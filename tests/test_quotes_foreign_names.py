"""Transliterated foreign names ("埃隆·马斯克") are one speaker, whatever mark the page put for the
middle dot, and the bare family name later is the same person; a dot between words that are not
a transliterated name glues nothing."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.normalize import normalize
from summarizer.speakers import same_person
from tests.summary_helpers import speakers_quoted


@pytest.mark.parametrize("dot", ["·", "?", "•", "‧", "・", "．"])
def test_a_dotted_name_is_one_speaker_whatever_the_dot(dot: str) -> None:
    text = (f"昨天，环球航运公司发言人萨曼莎{dot}霍尔布鲁克表示：“我们的船队今年不会扩大。”她没有说明原因。\n"
            "霍尔布鲁克补充说，公司会继续关注燃油价格。")
    found = speakers_quoted(text)
    assert [who for who, _ in found] == ["萨曼莎·霍尔布鲁克", "萨曼莎·霍尔布鲁克"]


def test_a_name_jieba_cuts_into_pieces_is_whole() -> None:
    text = "星桥研究所所长斯蒂芬妮·席尔霍尔茨表示：“这项试验的结果比预想的好得多。”"
    assert speakers_quoted(text)[0][0] == "斯蒂芬妮·席尔霍尔茨"


def test_the_bare_family_name_later_is_the_full_name() -> None:
    text = ("蓝湾电动车公司首席执行官埃隆·马斯克周二出席了发布会。\n"
            "马斯克表示，新工厂将在明年投产，产能会翻一番。")
    assert speakers_quoted(text) == [("埃隆·马斯克", "新工厂将在明年投产，产能会翻一番。")]


def test_two_people_with_the_family_name_leave_a_bare_one_alone() -> None:
    text = ("会议由丹尼尔·卡特主持，乔安娜·卡特也到场。\n"
            "卡特表示，项目进展顺利。")
    assert all(who not in ("丹尼尔·卡特", "乔安娜·卡特") for who, _ in speakers_quoted(text))


@pytest.mark.parametrize("text", ["中国·上海", "延伸·推荐", "每公里•日", "《诗话‧词话》", "你是谁?马上回答"])
def test_a_dot_between_words_that_are_no_name_stays(text: str) -> None:
    assert normalize(text).replace("？", "?") == text


@pytest.mark.parametrize("written", ["克里斯蒂娜•拉加德", "克里斯蒂娜?拉加德", "克里斯蒂娜・拉加德"])
def test_a_name_with_another_dot_is_the_same_person(written: str) -> None:
    assert normalize(written) == "克里斯蒂娜·拉加德"
    assert same_person("克里斯蒂娜·拉加德", written) and same_person(written, "拉加德")
    assert not same_person(written, "加德")


def test_a_company_written_right_before_a_dotted_name_is_not_part_of_it() -> None:
    text = "星河汽车埃隆·马斯克表示：“我们明年将推出新车型。”"
    assert speakers_quoted(text)[0][0] == "埃隆·马斯克"


def test_a_letter_speaks_for_its_sender() -> None:
    text = "星河科技创始人周子昂近日向全体员工发出一封内部信。信中说：“今年我们将继续扩张。”"
    assert speakers_quoted(text)[0][0] == "周子昂"


def test_a_letter_with_no_sender_named_gives_no_speaker() -> None:
    assert all(who is None for who, _ in speakers_quoted("信中说：“今年我们将继续扩张。”"))


def test_an_undotted_name_after_a_title_is_whole() -> None:
    # jieba cuts "托卡耶夫" into 托/卡耶夫, "维斯塔格" into 维斯塔/格: the quote went to the
    # piece, and "托" was left on the title.
    text = ("当地时间周三，哈萨克斯坦总统托卡耶夫表示，两国农产品贸易还有很大空间。\n"
            "欧盟委员会副主席维斯塔格表示，这起并购会削弱船运市场的竞争。\n"
            "乌兹别克斯坦总统米尔济约耶夫称，新铁路明年将全线贯通。\n"
            "托卡耶夫还表示，双方会扩大留学生交流。")
    found = [(q.speaker, q.speaker_title) for q in analyze(text).quotes]
    assert found == [("托卡耶夫", "哈萨克斯坦总统"), ("维斯塔格", "欧盟委员会副主席"),
                     ("米尔济约耶夫", "乌兹别克斯坦总统"), ("托卡耶夫", "哈萨克斯坦总统")]


def test_a_chinese_name_after_a_title_is_left_as_found() -> None:
    text = "星河科技总经理李明表示，新工厂将在明年投产。\n研究院院长马丽表示，试验结果符合预期。"
    assert [q.speaker for q in analyze(text).quotes] == ["李明", "马丽"]


def test_an_undotted_name_alone_before_the_verb_is_whole() -> None:
    text = "乌兹别克斯坦总统出席了论坛。\n米尔济约耶夫说，新铁路明年将全线贯通。"
    assert [q.speaker for q in analyze(text).quotes] == ["米尔济约耶夫"]


def test_where_a_speaker_said_it_is_no_quote_of_theirs() -> None:
    """"托卡耶夫说，在不久前举行的…峰会上，“……”": the place leads into the quote; it was shown as a
    quote of its own."""
    text = ("托卡耶夫说，在不久前举行的两国建交30周年视频峰会上，“我提到，两国贸易额去年达到了创纪录的水平”。\n"
            "李强表示，在当前形势下，企业要稳住就业。")
    assert [q.text for q in analyze(text).quotes] == ["我提到，两国贸易额去年达到了创纪录的水平", "在当前形势下，企业要稳住就业。"]
