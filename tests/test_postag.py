"""The array Viterbi of summarizer.postag returns exactly what jieba.posseg returns."""

import random
import subprocess
import sys

import jieba
import jieba.posseg
import pytest
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg.viterbi import viterbi as jieba_viterbi

from summarizer.postag import pos_tokenizer, viterbi, word_tags
from summarizer.tokenize import ensure_jieba
from tests.conftest import REPO_ROOT, cli_env
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
        for hmm in (True, False):
            ours = [(p.word, p.flag) for p in tagger.cut(text, HMM=hmm)]
            expected = [(p.word, p.flag) for p in jieba.posseg.dt.cut(text, HMM=hmm)]
            assert ours == expected


def test_tagger_and_question_parser_never_load_jieba_posseg():
    # jieba.posseg rereads the dictionary at import (a second table of 349k words).
    probe = ("import sys\nfrom summarizer.postag import pos_tokenizer\n"
             "from summarizer.answer import parse_question\n"
             "words = [p.word for p in pos_tokenizer().cut('腾讯云营收增长了百分之十五')]\n"
             "assert parse_question('星河科技第三季度营收是多少？').terms\n"
             "print('jieba.posseg' in sys.modules, words[0])\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=REPO_ROOT, env=cli_env(), timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "腾讯"]


@pytest.fixture
def cache_dir(tmp_path):
    """jieba's cache directory (where the tag cache goes) in `tmp_path` for one test."""
    saved = jieba.dt.tmp_dir
    jieba.dt.tmp_dir = str(tmp_path)
    yield tmp_path
    jieba.dt.tmp_dir = saved


def test_tag_table_shares_jiebas_word_strings_and_is_read_back_from_its_cache(cache_dir):
    tagger = pos_tokenizer()
    keys = {id(word) for word in jieba.dt.FREQ}
    assert len(tagger.word_tag_tab) > 300_000 and all(id(word) in keys for word in tagger.word_tag_tab)
    assert word_tags(jieba.dt) == tagger.word_tag_tab  # parsed, then cached
    [cache] = cache_dir.glob("newsbrief-postags.*.cache")
    written = cache.stat().st_mtime_ns
    again = word_tags(jieba.dt)
    assert again == tagger.word_tag_tab and cache.stat().st_mtime_ns == written  # read, not rewritten
    assert all(id(word) in keys for word in again)


@pytest.fixture
def small_tokenizer(tmp_path):
    """A jieba tokenizer over a five-word dictionary, its caches in `tmp_path`: the cache
    tests need a dictionary, not jieba's 349,000 words parsed again in each of them."""
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("星河 100 nz\n科技 200 n\n星河科技 50 nt\n发布 300 v\n新品 80 n\n", encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(dictionary))
    tokenizer.tmp_dir = str(tmp_path)
    tokenizer.initialize()
    return tokenizer


def _cache_of(tokenizer):
    from summarizer.postag import _cache_file, _dictionary_path

    return _cache_file(tokenizer, _dictionary_path(tokenizer))


def _jiebas_tags(tokenizer) -> dict[str, str]:
    return jieba.posseg.POSTokenizer(tokenizer).word_tag_tab


def test_a_corrupt_tag_cache_is_rebuilt(small_tokenizer):
    cache = _cache_of(small_tokenizer)
    cache.write_bytes(b"not marshal")
    assert word_tags(small_tokenizer) == _jiebas_tags(small_tokenizer)
    assert cache.read_bytes() != b"not marshal"


def test_a_tag_cache_that_cannot_be_written_leaves_no_temporary_file(small_tokenizer, tmp_path):
    cache = _cache_of(small_tokenizer)
    cache.mkdir()  # a directory where the cache belongs: it can be neither read nor replaced
    before = sorted(p.name for p in tmp_path.iterdir())
    for _ in range(2):
        assert word_tags(small_tokenizer) == _jiebas_tags(small_tokenizer)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_tag_cache_with_a_short_tag_list_is_rebuilt_not_misaligned(small_tokenizer):
    import marshal

    word_tags(small_tokenizer)
    cache = _cache_of(small_tokenizer)
    header, tags = marshal.loads(cache.read_bytes())
    cache.write_bytes(marshal.dumps((header, tags[1:])))  # every tag one word early
    assert word_tags(small_tokenizer) == _jiebas_tags(small_tokenizer)
    assert len(marshal.loads(cache.read_bytes())[1]) == len(tags)


def test_a_custom_dictionary_gets_its_own_tags_and_a_changed_one_its_new_tags(tmp_path):
    from summarizer.postag import POSTagger

    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("星河 100 nz\n科技 200 n\n星河科技 50 nt\n发布 300 v\n新品 80 n\n", encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(dictionary))
    tokenizer.tmp_dir = str(tmp_path)
    tokenizer.initialize()
    text = "星河科技发布新品"
    ours = POSTagger(tokenizer, word_tags(tokenizer)).lcut(text)
    assert ours == [(p.word, p.flag) for p in jieba.posseg.POSTokenizer(tokenizer).lcut(text)]
    assert ("星河科技", "nt") in ours
    # The dictionary is edited (a tag changes): the cached tags are stale and rebuilt. (The
    # cache knows the file by size and time: a same-size edit could share the time's tick.)
    dictionary.write_text("星河 100 nz\n科技 200 n\n星河科技 50 nrt\n发布 300 v\n新品 80 n\n", encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(dictionary))
    tokenizer.tmp_dir = str(tmp_path)
    tokenizer.initialize()
    assert ("星河科技", "nrt") in POSTagger(tokenizer, word_tags(tokenizer)).lcut(text)
