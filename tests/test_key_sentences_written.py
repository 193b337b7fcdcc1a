"""Key-sentence classes found on stories written in the shapes readers send (the written round); every text
here is invented for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.datelines import without_dateline
from summarizer.openers import generic_frame, opener_only
from summarizer.roles import figure_count, news_value
from summarizer.roles_en import opens_on_scene, without_spans


def _shown(text: str, title: str | None = None, count: int = 3) -> list[str]:
    return [s.text for s in analyze(text, title=title, max_sentences=count).sentences]


# ---------------------------------------------------------------- a release dated from two places

def test_a_release_dateline_from_two_places_is_cut_off() -> None:
    lead = ("Harlow Freight, Inc. (NYSE: HRLW) and Birch Lane Partners today announced an agreement under which "
            "Birch Lane will acquire Harlow for $720 million in cash.")
    for dateline in ("DENVER and LONDON, March 4, 2027 /PRNewswire/ -- ", "SAN DIEGO and TORONTO, May 9, 2027 (BUSINESS WIRE) -- "):
        assert without_dateline(dateline + lead, "en") == lead
    # A sentence that names two companies and no distribution service keeps its words.
    line = "Harlow and Birch Lane said on Tuesday - after weeks of talks - that they had agreed terms."
    assert without_dateline(line, "en") == line


def test_a_release_lead_dated_from_two_places_is_shown_whole_with_its_deal() -> None:
    text = ("DENVER and LONDON, March 4, 2027 /PRNewswire/ -- Harlow Freight, Inc. (NYSE: HRLW), a provider of "
            "refrigerated rail services, and Birch Lane Partners, an infrastructure investor, today announced a "
            "definitive agreement under which Birch Lane will acquire Harlow in an all-cash transaction valued at "
            "approximately $720 million, including net debt.\n"
            "Harlow shareholders will receive $21.40 per share in cash, a premium of about 28% to the last close.\n"
            "The transaction is expected to close in the third quarter of 2027, subject to regulatory approvals.\n"
            "About Harlow Freight\nHarlow Freight operates 900 refrigerated rail cars in North America.")
    shown = _shown(text, "Birch Lane to Acquire Harlow Freight for $720 Million")
    assert any("Birch Lane will acquire Harlow in an all-cash transaction valued at approximately $720 million" in s
               for s in shown)
    assert not any("PRNewswire" in s for s in shown)


# ---------------------------------------------------------------- a signpost to what follows

def test_a_signpost_line_states_no_fact() -> None:
    for line in ("Here is what the rules require and why they matter.", "Here's how the new levy works.",
                 "Here are the key dates for savers."):
        assert generic_frame(line), line
    # A signpost that names its subject, and a line that states something, are not signposts.
    assert not generic_frame("Here's what Vantor told investors on Tuesday.")
    assert not generic_frame("Here in the valley the harvest came in early.")


def test_an_explainer_shows_its_rules_not_its_signpost() -> None:
    text = ("New limits on leaks from imported fuel come into force in March, and exporters are racing to meet them. "
            "Here is what the rules require and why they matter.\n"
            "What do the rules say?\n"
            "From March 2027, importers must show that every cargo was monitored under standards equal to the bloc's own.\n"
            "From 2031, imported fuel must also stay below a maximum leak intensity, a limit to be set in 2029.\n"
            "Who is affected?\n"
            "The bloc imported about 180 billion cubic metres last year, a third of it by ship.")
    shown = _shown(text, "Explainer: what the new leak rules mean for importers")
    assert not any(s.startswith("Here is what") for s in shown)


# ---------------------------------------------------------------- a scene on the clock, and a kicker

def test_a_scene_at_a_clock_time_opens_on_a_scene_and_its_hour_is_no_figure() -> None:
    for line in ("At 11 p.m., the parking lot outside the plant is as full as it is at noon.",
                 "Shortly after 6 a.m., the first trucks roll through the gate.",
                 "By 7:30am, the queue outside the bakery reaches the corner."):
        assert opens_on_scene(line), line
        assert figure_count(without_spans(line)) == 0, line
    # A market move at an hour keeps its figure; a line about a time is no scene without the comma.
    assert figure_count(without_spans("At 9:30 a.m., shares of Dorsey were up 3.1%.")) >= 1
    assert not opens_on_scene("At 11 a.m. on Tuesday the board approved the merger.")


def test_a_persons_frame_without_a_figure_states_no_fact() -> None:
    kicker = "For Moore, the night shift is worth the drive."
    assert opener_only(kicker, "en", result=False, decision=False, scene_en=False)
    assert news_value(kicker, "en") < news_value("The plant now employs 1,400 people, up from 300 in 2022.", "en")
    for line in ("For now, the company will keep its current suppliers.", "For example, the plant recycles its water."):
        assert not opener_only(line, "en", result=False, decision=False, scene_en=False), line


def test_a_feature_shows_its_news_over_its_clock_scene_and_its_kicker() -> None:
    text = ("By Jane Rowe\n"
            "MILLBROOK, Ohio — At 11 p.m., the parking lot outside the Sunvale plant is as full as it is at noon. "
            "Workers in blue coveralls file in past old photographs of the mill.\n"
            "\"My father worked the kilns down the road,\" said Ana Ruiz, a line supervisor. \"Now I work nights here.\"\n"
            "Sunvale, which makes solar glass, now employs 1,200 people in the area, up from 250 in 2022.\n"
            "The company said on Thursday it would spend a further $900 million to double the plant's output by 2028.\n"
            "Local officials worry more about housing than about the plant.\n"
            "For Ruiz, the night shift is worth the drive.")
    shown = _shown(text, "In Ohio's old mill towns, a glass plant brings back the night shift")
    assert not any("parking lot" in s for s in shown)
    assert not any(s.startswith("For Ruiz") for s in shown)
    assert any("employs 1,200 people" in s or "$900 million" in s for s in shown)


# ---------------------------------------------------------------- a condition after a short subject

def test_a_condition_after_a_short_subject_is_a_scenario() -> None:
    from summarizer.openers import hypothetical

    for line in ("我们测算，该订单若按期交付，将为公司贡献净利润约1.5亿元。",
                 "该项目如果顺利投产，每年可新增收入约8亿元。",
                 "公司一旦完成收购，市场份额将升至两成。"):
        assert hypothetical(line, "zh"), line
    # 若干 is "several", and a condition deep in the line is not how it opens.
    for line in ("公司若干子公司上半年营收增长12%。",
                 "上半年公司实现营业收入12.6亿元，同比增长18%，若剔除汇兑影响则增长21%。"):
        assert not hypothetical(line, "zh"), line


def test_a_note_shows_its_overseas_result_over_its_estimate_of_an_order() -> None:
    text = ("事件：公司公告与海外某电力企业签订储能系统供货合同，合同金额约9.6亿元，约占公司上年营业收入的35%。\n"
            "点评：\n"
            "大单落地验证海外竞争力。本次合同为公司迄今单笔金额最大的海外订单，预计明年上半年完成交付。"
            "我们测算，该订单若按期交付，将为公司贡献净利润约1.2亿元。\n"
            "海外业务占比提升。今年上半年，公司海外收入6.4亿元，同比增长112%，占总营收比例提升至45%。\n"
            "投资建议：首次覆盖，给予“增持”评级。\n"
            "风险提示：海外项目交付延期风险；汇率波动风险。")
    shown = _shown(text)
    assert any("海外收入6.4亿元，同比增长112%" in s for s in shown)
    assert not any("该订单若按期交付" in s for s in shown)


# ---------------------------------------------------------------- a caption closed by who gave the picture

def test_a_caption_closed_by_its_source_in_brackets_is_a_caption() -> None:
    from summarizer.layout import captions

    for credit in ("(Company handout)", "(Handout photo)", "(Photo by Jane Roe)", "(Photo courtesy of Vantor Inc.)"):
        texts = ["Photo: A worker inspects cells at a pilot line.", credit,
                 "Five years ago, the plant was supposed to be the start of something."]
        assert captions(texts, [0, 0, 1]) == [True, True, False], credit
    # A sentence that only mentions a handout is no credit.
    texts = ["The agency said the payment was a handout to landlords.", "(Reuters)", "Rents rose 4% in May."]
    assert captions(texts, [0, 0, 1])[2] is False


def test_a_feature_under_a_captioned_photo_keeps_its_look_back_out_of_the_key_sentences() -> None:
    text = ("By Jane Rowe\n"
            "Photo: A worker inspects cells at a pilot line in northern Norway. (Company handout)\n"
            "Six years ago, the plant outside the town of Elvik was supposed to be the start of something. "
            "Ministers cut ribbons, and the start-up behind it, Polarcell, promised enough cells by 2027 to power "
            "half a million cars a year.\n"
            "Today most of the hall is dark. Polarcell filed for bankruptcy protection in May after spending more "
            "than $4 billion.\n"
            "Of the 11 cell projects announced in the region since 2019, only two are producing at scale, an "
            "analysis by Voltmark found.\n"
            "Asian producers can make cells for about $60 per kilowatt-hour, against $95 for new plants here.\n"
            "The government proposed a 2 billion euro fund for battery makers in October.")
    shown = _shown(text, "Why the north's battery start-ups keep running out of money")
    assert not any(s.startswith(("Ministers cut ribbons", "(Company handout)", "Photo:")) for s in shown)
