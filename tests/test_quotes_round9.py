"""Quotes of the ninth round: organisations a text leaves unnamed or names after their kind
(一家车企回应称, 另一家平台快食达回应称), criticism reported without a colon (则批评，…), forecasts
whose words are in quotation marks (预计，“…”), anonymous sources after a named one, 'echoed by …
who said' and 'analysts led by …'. Sample sentences are written for these tests.
"""

from __future__ import annotations

from summarizer import analyze
from summarizer.model import Quote


def _quotes(text: str) -> list[Quote]:
    return list(analyze(text, title="测试").quotes)


def test_an_unnamed_carmaker_replies() -> None:
    text = ("多家车企宣布召回部分车型。\n对于召回原因，一家车企回应称，问题出在供应商的零部件上，公司会免费维修。\n"
            "召回车辆共计1.5万辆。")
    found = _quotes(text)
    assert [(q.speaker, q.text) for q in found] == [("一家车企", "问题出在供应商的零部件上，公司会免费维修。")]


def test_a_platform_named_after_its_kind_speaks_by_its_name() -> None:
    text = ("外卖平台近期下调佣金。\n对此，另一家平台好味来回应称，公司今年已减免商户佣金3亿元。\n商户仍有顾虑。")
    found = _quotes(text)
    assert [(q.speaker, q.text) for q in found] == [("好味来", "公司今年已减免商户佣金3亿元。")]


def test_a_person_of_an_unnamed_company_is_no_company() -> None:
    text = "市场竞争激烈。\n一家车企的销售负责人告诉记者，今年的订单比去年少了两成。\n"
    found = _quotes(text)
    assert all(q.speaker != "一家车企" for q in found)


def test_criticism_without_a_colon_is_reported_speech() -> None:
    text = ("多家车企继续降价。\n行业协会秘书长孙伟明则批评，部分企业“只顾眼前”的做法扰乱了市场。\n"
            "港九巴士申請加價。\n議員何家樂則批評，公司「只懂加價」，要求公開帳目。")
    speakers = {q.speaker for q in _quotes(text)}
    assert {"孙伟明", "何家樂"} <= speakers


def test_being_criticised_is_not_speech() -> None:
    text = "该公司近日遭到批评，原因是产品存在质量问题。\n公司股价当天下跌3%。"
    assert _quotes(text) == []


def test_an_analysts_forecast_is_what_she_said() -> None:
    # Her words in quotation marks, and a forecast reported without them: both are hers.
    text = ("华远证券分析师邓可欣发布研报。\n这位分析师预计，“空调销量将在明年二季度见底”，行业利润有望修复。\n"
            "她还预计，明年家电出口将增长5%。")
    found = _quotes(text)
    assert any("空调销量将在明年二季度见底" in q.text and q.speaker == "邓可欣" for q in found)
    assert any(q.text == "明年家电出口将增长5%。" and q.speaker == "邓可欣" for q in found)


def test_what_was_forecast_before_is_no_speech() -> None:
    text = "该项目比原先所预计，要晚半年完工。\n项目总投资20亿元。"
    assert _quotes(text) == []


def _en(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in analyze(text, title="Test story").quotes]


def test_another_speaking_on_condition_of_anonymity_is_another_of_the_group() -> None:
    text = ("Several nurses at the hospital said they had not been paid for overtime. "
            "Another, speaking on condition of anonymity, said the ward had been short of staff for months.")
    assert ("another nurse", "the ward had been short of staff for months.") in _en(text)


def test_an_anonymous_source_is_never_the_person_named_before() -> None:
    text = ("Mayor Ellen Crane said the budget was balanced. "
            "Another, speaking on condition of anonymity, said the city would borrow $5 million.")
    found = _en(text)
    assert not any(text.startswith("the city would borrow") for _, text in found)


def test_an_unnamed_executive_at_a_rival() -> None:
    text = ("One manager at a rival airline, who asked not to be named, said fares would rise in the spring.")
    assert ("One manager at a rival airline", "fares would rise in the spring.") in _en(text)


def test_analysts_led_by_someone_speak_for_their_firm() -> None:
    text = "Morrow Bank economists led by Clara Voss said the central bank would hold rates until June."
    found = list(analyze(text, title="Test story").quotes)
    assert [(q.speaker, q.speaker_title, q.text) for q in found] == [
        ("Morrow Bank", "economists led by Clara Voss", "the central bank would hold rates until June.")]


def test_echoed_by_a_named_person_who_said_with_a_quote() -> None:
    text = ("The forecast was echoed by Dana Ortiz, head of research at Kettle Partners, who said demand was "
            "“stronger than anyone expected.”")
    found = list(analyze(text, title="Test story").quotes)
    assert any(q.speaker == "Dana Ortiz" and q.text.startswith("demand was") for q in found)


def test_a_list_of_names_before_who_said_gives_no_speaker() -> None:
    text = "The panel heard from Dana Ortiz, Kettle Partners, who said demand was “stronger than expected.”"
    assert not any(speaker == "Dana Ortiz" for speaker, _ in _en(text))


def test_said_council_member_and_a_name() -> None:
    text = "“We cannot vote on a plan we have not read,” said council member Rita Osei."
    assert _en(text) == [("Rita Osei", "We cannot vote on a plan we have not read")]


def test_what_an_unnamed_body_did_is_not_its_name() -> None:
    text = "据报道，一家行业监督机构发布一份报告称，部分工厂的临时工比例超过一半。\n相关企业尚未回应。"
    assert not any(q.speaker == "发布一份报告" for q in _quotes(text))


def test_one_who_asked_not_to_be_named_for_a_reason_is_one_of_the_group() -> None:
    text = ("Two security guards said the gate had been left open. "
            "One, who asked not to be named for fear of reprisal, said the alarm had been switched off.")
    assert ("one security guard", "the alarm had been switched off.") in _en(text)


def test_a_bare_one_is_never_a_speaker() -> None:
    text = ("Mayor Ellen Crane said the budget was balanced. "
            "One, who asked not to be named for fear of reprisal, said the city would borrow.")
    assert not any(text.startswith("the city would borrow") for _, text in _en(text))
