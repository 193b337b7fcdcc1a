"""Watchlist name matching and feed filters: folding, aliases, word boundaries, aboutness."""

import pytest

from summarizer.watch import (
    MAX_FILTER_WORDS,
    MAX_NAME_CHARS,
    FeedFilter,
    NameMatcher,
    NameRejected,
    bold_spans,
    clean_name,
    find_mentions,
    fold,
    is_list_sentence,
    parse_filter,
    parse_names,
    spellings,
)


def test_traditional_and_simplified_forms_match_each_other():
    assert NameMatcher("宁德时代").found("寧德時代公佈第三季度業績")
    assert NameMatcher("寧德時代").found("宁德时代公布第三季度业绩")


def test_aliases_widen_a_name_both_ways():
    assert NameMatcher("CATL").found("宁德时代发布新电池")
    assert NameMatcher("宁德时代").found("CATL unveils a new battery")
    assert NameMatcher("比亚迪").found("BYD sales rose")


def test_a_name_without_aliases_matches_only_itself():
    assert not NameMatcher("CATL", aliases=False).found("宁德时代发布新电池")


def test_english_names_are_case_insensitive_on_word_boundaries():
    intel = NameMatcher("Intel")
    assert intel.found("INTEL cuts jobs")
    assert intel.found("intel's new chip")
    assert intel.found("英特尔Intel发布")  # next to Chinese is a boundary
    assert not intel.found("Artificial intelligence spending rose")
    assert not intel.found("Inteligent")
    assert not NameMatcher("NIO").found("The union said")
    assert not NameMatcher("BYD").found("BYDX is a ticker")


def test_english_multiword_names_match_across_any_spacing():
    assert NameMatcher("Li Auto").found("Shares of Li  Auto jumped")
    assert not NameMatcher("Li Auto").found("Lithium Autos")


def test_chinese_names_match_as_substrings():
    assert NameMatcher("腾讯").found("腾讯云营收增长")
    assert NameMatcher("宁德").found("宁德时代")


def test_full_width_letters_fold_to_ascii():
    assert NameMatcher("CATL").found("ＣＡＴＬ发布新品")


def test_title_makes_a_story_about_the_name():
    matcher = NameMatcher("宁德时代")
    body = "动力电池行业迎来新一轮扩产。多家企业发布计划。另有消息称宁德时代将参与。"
    mention = find_mentions(matcher, "宁德时代发布新电池", body)
    assert mention.in_title and mention.about


def test_lead_mention_is_about_the_name():
    mention = find_mentions(NameMatcher("比亚迪"), "新能源汽车周报", "比亚迪公布11月销量。行业整体增长。其他内容。")
    assert mention.in_lead and mention.about and mention.count == 1


def test_two_mentions_anywhere_are_about_the_name():
    body = "行业新闻一。行业新闻二。行业新闻三。比亚迪销量上升。分析师看好比亚迪。"
    mention = find_mentions(NameMatcher("比亚迪"), "汽车周报", body)
    assert not mention.in_lead and mention.count == 2 and mention.about
    assert mention.sentences == ("比亚迪销量上升。", "分析师看好比亚迪。")


def test_passing_mention_in_a_list_is_not_about_the_name():
    companies = "宁德时代、比亚迪、亿纬锂能、国轩高科、中创新航、欣旺达、蜂巢能源"
    body = f"参展企业包括{companies}等二十家公司。展会为期三天。主办方介绍了展会安排。"
    mention = find_mentions(NameMatcher("国轩高科"), "电池展会开幕", body)
    assert mention.count == 1 and not mention.about
    assert is_list_sentence(body.split("。")[0])


def test_a_single_late_mention_is_not_about_the_name():
    body = "第一句讲行业。第二句讲政策。第三句讲市场。最后提到宁德时代。"
    assert not find_mentions(NameMatcher("宁德时代"), "行业综述", body).about


def test_bold_spans_cut_the_original_text_around_the_name():
    pieces = bold_spans("寧德時代與CATL都是同一家", NameMatcher("宁德时代"))
    assert pieces == [("寧德時代", True), ("與", False), ("CATL", True), ("都是同一家", False)]


@pytest.mark.parametrize("raw, reason", [
    ("", "empty"), ("   ", "empty"), ("“”", "empty"),
    ("！？。，", "punctuation"), ("---", "punctuation"),
    ("宁" * (MAX_NAME_CHARS + 1), "too_long"), ("x" * 500, "too_long"),
])
def test_unusable_names_are_refused_with_a_reason(raw, reason):
    with pytest.raises(NameRejected) as error:
        clean_name(raw)
    assert error.value.reason == reason


def test_parse_names_splits_dedupes_and_reports_refusals():
    names, rejected = parse_names('宁德时代, 比亚迪、寧德時代 "Li Auto" ！！ ' + "x" * 500)
    assert names == ["宁德时代", "比亚迪", "Li Auto"]
    assert [r.reason for r in rejected] == ["punctuation", "too_long"]


def test_parse_names_of_only_separators_is_refused_as_punctuation():
    names, rejected = parse_names("、、，,")
    assert names == [] and [r.reason for r in rejected] == ["punctuation"]


def test_parse_names_of_a_thousand_names_returns_them_all_for_the_caller_to_cap():
    names, rejected = parse_names(" ".join(f"公司{i}" for i in range(1000)))
    assert len(names) == 1000 and not rejected


def test_filter_include_and_exclude_with_folding_and_boundaries():
    feed_filter, rest = parse_filter("https://example.com/rss include:储能,电池 exclude:招聘，广告")
    assert rest == ["https://example.com/rss"]
    assert feed_filter == FeedFilter(("储能", "电池"), ("招聘", "广告"))
    assert feed_filter.keeps("儲能電站並網", "")
    assert not feed_filter.keeps("电池企业招聘工程师", "")
    assert not feed_filter.keeps("光伏组件出货", "")
    english = parse_filter("include:battery exclude:ad")[0]
    assert english.keeps("Battery prices fall", "")
    assert english.keeps("Battery maker adds capacity", "")  # "ad" is not inside "adds"
    assert not english.keeps("Battery ad campaign", "")


def test_empty_filter_keeps_everything_and_round_trips():
    assert FeedFilter().keeps("anything", "")
    feed_filter = FeedFilter(("储能",), ("广告",))
    assert FeedFilter.from_json(feed_filter.to_json()) == feed_filter
    assert FeedFilter.from_json(None) == FeedFilter()


def test_filter_with_full_width_colon_and_too_many_words():
    assert parse_filter("include：储能")[0].include == ("储能",)
    with pytest.raises(NameRejected) as error:
        parse_filter("include:" + ",".join(f"词{i}" for i in range(MAX_FILTER_WORDS + 1)))
    assert error.value.reason == "too_many"


def test_spellings_of_a_folded_name_for_unfolded_text():
    assert spellings("宁德时代")[:2] == ["宁德时代", "寧德時代"]
    assert spellings("腾讯云") == ["腾讯云", "騰訊雲"]
    assert spellings("catl") == ["catl"]
    assert all(fold(s) == "宁德时代" for s in spellings("宁德时代"))
