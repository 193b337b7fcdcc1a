"""analyze() on the inputs users actually send, including the awkward ones."""

import json
import threading

import pytest

from summarizer import Analysis, EmptyText, TextTooLong, analyze
from summarizer.pipeline import MAX_CHARS, SUMMARIZER_VERSION
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
