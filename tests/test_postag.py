"""The array Viterbi of summarizer.postag returns exactly what jieba.posseg returns."""

import random
import jieba.posseg
import pytest
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg.viterbi import viterbi as jieba_viterbi

from summarizer.postag import pos_tokenizer, viterbi
from summarizer.tokenize import ensure_jieba
from tests.samples import SAMPLE_EN, SAMPLE_ZH

@pytest.fixture(scope="module", autouse=True)
def _jieba() -> None:
    ensure_jieba()


def _random_han(rng: random.Random, length: int) -> str:
    # The whole range jieba's HMM sees, so most characters are outside its
    # character-state table and take the every-state path.
    return "".join(chr(rng.randint(0x4E00, 0x9FD5)) for _ in range(length))


def test_viterbi_matches_jieba_on_random_han_strings_with_unknown_characters():
    rng = random.Random(20261128)
    for _ in range(60):
        text = _random_han(rng, rng.randint(1, 8))
        expected = jieba_viterbi(text, char_state_tab_P, start_P, trans_P, emit_P)
        assert viterbi(text) == expected, text


def test_viterbi_keeps_jiebas_choice_among_equal_scores():
    # One character: every allowed state scores start + emission; a repeated
    # character makes long chains of equal alternatives.
    for text in ["的", "嗯嗯嗯嗯嗯嗯", "㐀", "亖亖"]:
        assert viterbi(text) == jieba_viterbi(text, char_state_tab_P, start_P, trans_P, emit_P)


def _texts() -> list[str]:
    texts = [SAMPLE_ZH, SAMPLE_EN, "隔壁老王说：“張三豐在臺灣開了一家公司，營收增長3.5%。”",
             "OpenAI与微软合作，GPT-4o 在 2024 年发布；腾讯混元、字节豆包和月之暗面Kimi也跟进。"]
    return texts


def test_tagger_gives_the_same_words_and_tags_as_jieba_posseg():
    tagger = pos_tokenizer()
    for text in _texts():
        ours = [(p.word, p.flag) for p in tagger.cut(text)]
        expected = [(p.word, p.flag) for p in jieba.posseg.dt.cut(text)]
        assert ours == expected


def test_tagger_shares_jiebas_tables_and_leaves_jieba_posseg_unchanged():
    tagger = pos_tokenizer()
    assert tagger.word_tag_tab is jieba.posseg.dt.word_tag_tab
    assert tagger.tokenizer is jieba.posseg.dt.tokenizer
    assert type(jieba.posseg.dt) is jieba.posseg.POSTokenizer
    assert pos_tokenizer() is tagger


def test_emission_cache_stays_bounded_on_a_stream_of_rare_characters():
    from summarizer.postag import CACHE_LIMIT, MIN_FLOAT, _get_model

    model = _get_model()
    for code in range(0x4E00, 0x4E00 + CACHE_LIMIT + 500):
        row = model.emission(chr(code))
    assert len(model._emit_cache) <= CACHE_LIMIT
    assert (model.emission("\ue000") == MIN_FLOAT).all()  # a character jieba never saw
    assert row.shape == (len(model.states),)


def test_the_word_tag_table_is_jiebas_on_the_dictionarys_own_strings():
    # The compact table has jieba's words and tags exactly, and holds no second copy of them.
    import jieba
    import jieba.posseg

    from summarizer.tokenize import ensure_posseg

    ensure_posseg()
    table = jieba.posseg.dt.word_tag_tab
    assert table == jieba.posseg.POSTokenizer(jieba.dt).word_tag_tab  # loaded afresh by jieba
    word = next(key for key in table if key == "储能")
    assert word is next(key for key in jieba.dt.FREQ if key == "储能")
    assert len({id(tag) for tag in table.values()}) == len(set(table.values()))
