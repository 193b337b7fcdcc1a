"""analyze() on the inputs users actually send, including the awkward ones."""

import json
import threading

import pytest

from summarizer import Analysis, EmptyText, TextTooLong, analyze
from summarizer.pipeline import MAX_CHARS, SUMMARIZER_VERSION
from summarizer.readable import READABLE_CHARS
from tests.samples import SAMPLE_EN, SAMPLE_ZH


@pytest.mark.parametrize("text", ["", "   \n\t  ", "。。。！？……", "!!! ??? ...", "\u200b\ufeff"])
def test_empty_or_punctuation_only_input_raises_empty_text(text):
    with pytest.raises(EmptyText):
        analyze(text)


def test_one_sentence_is_its_own_summary():
    analysis = analyze("腾讯云第二季度收入同比增长14%。")
    assert [s.text for s in analysis.sentences] == ["腾讯云第二季度收入同比增长14%。"]
    assert analysis.sentence_count == 1


def test_sentences_are_in_document_order_with_positions_and_paragraphs():
    analysis = analyze(SAMPLE_ZH)
    indices = [s.index for s in analysis.sentences]
    assert indices == sorted(indices)
    assert analysis.sentence_count > len(indices)
    assert all(0.0 < s.score <= 1.0 for s in analysis.sentences)
    assert analysis.figures == () and analysis.quotes == () or isinstance(analysis.figures, tuple)


def test_max_sentences_is_honoured():
    assert len(analyze(SAMPLE_ZH, max_sentences=5).sentences) == 5
    assert len(analyze("第一句。第二句很长很长。", max_sentences=5).sentences) == 2


def test_text_at_the_limit_is_accepted_and_over_it_refused():
    text = (SAMPLE_EN * (MAX_CHARS // len(SAMPLE_EN) + 1))[:MAX_CHARS]
    assert analyze(text).sentences
    with pytest.raises(TextTooLong) as error:
        analyze(text + "x")
    assert error.value.limit == MAX_CHARS


def test_emoji_do_not_break_anything():
    analysis = analyze("🚀储能价格下跌三成🔥！二线厂商加速出清😱。头部企业守住利润👍。")
    assert analysis.lang == "zh"
    assert any("🚀" in s.text or "🔥" in s.text for s in analyze("🚀储能价格下跌三成🔥！", max_sentences=1).sentences)


def test_traditional_chinese_is_summarized():
    text = "台積電第三季營收創新高。受惠於人工智慧需求，先進製程產能滿載。公司預估明年資本支出將再增加。"
    analysis = analyze(text, max_sentences=2)
    assert analysis.lang == "zh" and len(analysis.sentences) == 2
    assert analysis.keywords


def test_result_is_json_ready_and_round_trips():
    analysis = analyze(SAMPLE_ZH, title="储能电池价格一年下跌三成")
    data = json.loads(json.dumps(analysis.to_dict(), ensure_ascii=False))
    assert Analysis.from_dict(data) == analysis
    assert data["version"] == SUMMARIZER_VERSION and data["figures"] is not None


def test_unknown_engine_and_bad_length_are_value_errors():
    with pytest.raises(ValueError):
        analyze(SAMPLE_ZH, engine="gpt")
    with pytest.raises(ValueError):
        analyze(SAMPLE_ZH, max_sentences=0)


def test_concurrent_calls_give_the_same_result_as_serial_ones():
    expected = {lang: analyze(text) for lang, text in (("zh", SAMPLE_ZH), ("en", SAMPLE_EN))}
    results: list[tuple[str, Analysis]] = []

    def work(lang, text):
        results.append((lang, analyze(text)))

    threads = [threading.Thread(target=work, args=item) for item in [("zh", SAMPLE_ZH), ("en", SAMPLE_EN)] * 4]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8
    assert all(result == expected[lang] for lang, result in results)


# ---- key sentences that carry the news (texts written for these tests) ----------------------

NEWS_WITH_FURNITURE = """青石能源第三季度净利润增长31%
2024-10-28 09:15
记者 宋雨
就在国庆假期前，不少新能源公司陆续发布了三季度业绩。
青石能源公布2024年三季报。
青石能源第三季度实现净利润12.4亿元，同比增长31%，主要得益于储能订单放量。
公司前三季度营业收入分别为41.2亿元、44.5亿元和47.9亿元，对应增速分别为8.1%、9.4%和10.6%。
储能业务
公司储能系统出货量同比翻番，海外收入占比升至35%。
管理层表示，明年将把储能产能扩大一倍，并继续开拓中东市场。
图为青石能源位于江苏的储能工厂。
（图片来源：视觉中国）
"""


def test_headline_byline_subheading_and_credit_are_never_key_sentences():
    analysis = analyze(NEWS_WITH_FURNITURE, title="青石能源第三季度净利润增长31%", max_sentences=10)
    shown = [s.text for s in analysis.sentences]
    for line in ("青石能源第三季度净利润增长31%", "记者 宋雨", "储能业务", "（图片来源：视觉中国）",
                 "2024-10-28 09:15", "图为青石能源位于江苏的储能工厂。"):
        assert line not in shown


def test_the_sentence_stating_the_headline_fact_leads_and_openers_give_way():
    analysis = analyze(NEWS_WITH_FURNITURE, title="青石能源第三季度净利润增长31%", max_sentences=3)
    best = max(analysis.sentences, key=lambda s: s.score)
    assert "12.4亿元" in best.text
    shown = " ".join(s.text for s in analysis.sentences)
    assert "就在国庆假期前" not in shown and "公布2024年三季报" not in shown
    assert "分别为41.2亿元" not in shown  # a listing of many numbers gives way to results


def test_without_a_title_a_headline_first_line_is_evidence_not_a_key_sentence():
    analysis = analyze(NEWS_WITH_FURNITURE, max_sentences=3)
    assert all(s.index != 0 for s in analysis.sentences)
    assert "12.4亿元" in max(analysis.sentences, key=lambda s: s.score).text


def test_an_event_line_with_no_fact_gives_way_to_what_happened():
    text = ("第五届海洋经济博览大会于9月27日在海口举行。会上，32个海洋产业项目集中签约，总投资额达416亿元。"
            "其中，深海养殖装备项目投资58亿元，预计2026年投产。")
    chosen = [s.text for s in analyze(text, max_sentences=2).sentences]
    assert "于9月27日在海口举行" not in "".join(chosen)


def test_a_short_text_gets_more_than_one_sentence():
    text = "华川银行一季度净利润同比增长8.2%。不良贷款率下降至1.21%。该行表示将继续压降房地产贷款。"
    assert len(text) < 300
    analysis = analyze(text)
    assert len(analysis.sentences) == analysis.summary_length == 2


def test_a_run_on_sentence_is_trimmed_at_a_clause_boundary_and_analysed_fast():
    import time

    run_on = "，".join(f"第{i}号仓库的库存同比增长{i % 90 + 1}%" for i in range(3000)) + "。"
    assert len(run_on) > 50_000
    started = time.process_time()  # CPU time: other processes on the machine do not count
    analysis = analyze(run_on + "公司表示库存将在年底前回落。")
    assert time.process_time() - started < 10
    longest = max(analysis.sentences, key=lambda s: len(s.text))
    assert len(longest.text) <= READABLE_CHARS["zh"] + 1 and longest.text.endswith("…")
    assert longest.trimmed and longest.text[:-1] in run_on and run_on[len(longest.text) - 1] == "，"


@pytest.mark.parametrize("unit, count", [("Ok. ", 6_250), ("好。", 12_500)])
def test_tens_of_thousands_of_tiny_sentences_take_time_in_proportion(unit, count):
    """Splitting and selection are linear: four times the sentences take about four times
    the CPU time (a quadratic step takes sixteen: 189 s for "Ok. " x 50,000 before). CPU time
    of this process, so other processes on the machine do not count; bench_speed.py times
    the worst cases at the 200,000-character limit."""
    import time

    def cpu_seconds(text: str) -> float:
        started = time.process_time()
        analysis = analyze(text)
        assert len(analysis.sentences) == 1  # the rest repeat it
        return time.process_time() - started

    analyze(unit * 10)  # warm: dictionaries and tables loaded
    small, large = cpu_seconds(unit * count), cpu_seconds(unit * count * 4)
    assert large < 8 * small + 0.5, (small, large)


def test_the_default_length_is_the_analysis_own_and_a_request_only_adds_candidates():
    default = analyze(NEWS_WITH_FURNITURE)
    more = analyze(NEWS_WITH_FURNITURE, max_sentences=6)
    assert more.summary_length == default.summary_length == len(default.sentences)
    best_of_more = sorted(more.sentences, key=lambda s: -s.score)[:default.summary_length]
    assert sorted(s.index for s in best_of_more) == [s.index for s in default.sentences]


def test_a_key_sentence_is_shown_without_the_note_s_list_marker():
    text = ("星河电池发布2025年三季报，业绩符合预期。\n"
            "（1）前三季度公司实现营收120.5亿元，同比增长18.2%，归母净利润10.3亿元，同比增长25.1%。\n"
            "（2）公司储能电池出货量同比增长120%，毛利率提升2.1个百分点。\n"
            "3、公司海外客户持续放量，海外收入占比提升至35%。\n"
            "①维持买入评级，目标价45元。")
    shown = [s.text for s in analyze(text, max_sentences=4).sentences]
    assert any(s.startswith("前三季度公司实现营收120.5亿元") for s in shown), shown
    assert not [s for s in shown if s[:1] in "（(①3"], shown


def test_a_wire_dateline_is_neither_in_a_reported_quote_nor_in_its_speaker():
    english = analyze("LONDON (Reuters) - British inflation fell to 2.3% in October from 2.8% in September, "
                      "the Office for National Statistics said on Wednesday.").quotes
    assert [(q.speaker, q.text) for q in english] == [
        ("Office for National Statistics", "British inflation fell to 2.3% in October from 2.8% in September")]
    chinese = analyze("新华社北京12月5日电（记者王明）国家统计局新闻发言人表示，11月份国民经济运行总体平稳。").quotes
    assert [(q.speaker, q.text) for q in chinese] == [("国家统计局新闻发言人", "11月份国民经济运行总体平稳。")]
