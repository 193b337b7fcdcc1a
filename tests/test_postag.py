"""The array Viterbi of summarizer.postag returns exactly what jieba.posseg returns."""

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jieba
import jieba.posseg
import pytest
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg.viterbi import viterbi as jieba_viterbi

from summarizer.postag import pos_tokenizer, viterbi, word_tags
from tests.conftest import REPO_ROOT, cli_env
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


def test_tagger_shares_jiebas_words_and_never_loads_jieba_posseg(tmp_path):
    # jieba.posseg rereads the dictionary at import (a second table of 349k words); the
    # tagger keys its table by the strings jieba's dictionary already holds.
    probe = (
        "import sys, jieba\n"
        "from summarizer.postag import pos_tokenizer\n"
        "from summarizer.tokenize import set_jieba_cache_dir\n"
        f"set_jieba_cache_dir({str(tmp_path)!r})\n"
        "tagger = pos_tokenizer()\n"
        "words = [p.word for p in tagger.cut('腾讯云营收增长了百分之十五')]\n"
        "keys = {id(k) for k in jieba.dt.FREQ}\n"
        "shared = all(id(k) in keys for k in tagger.word_tag_tab)\n"
        "print('jieba.posseg' in sys.modules, shared, len(tagger.word_tag_tab) > 300000, words[0])\n"
    )
    warm = Path(jieba.dt.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
    if warm.exists():  # jieba's own cache, so that only the tag cache is new here
        shutil.copy(warm, tmp_path / "jieba.cache")
    for _ in range(2):  # the first run writes the tag cache, the second reads it
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                cwd=REPO_ROOT, env=cli_env(), timeout=120)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["False", "True", "True", "腾讯"]
    assert list(tmp_path.glob("newsbrief-postags.*.cache"))


def test_a_stale_tag_cache_is_rebuilt(tmp_path):
    import jieba

    from summarizer.postag import _cache_file, _dictionary_path

    tagger = pos_tokenizer()
    saved = jieba.dt.tmp_dir
    jieba.dt.tmp_dir = str(tmp_path)
    try:
        cache = _cache_file(jieba.dt, _dictionary_path(jieba.dt))
        cache.write_bytes(b"not marshal")
        assert word_tags(jieba.dt) == tagger.word_tag_tab == jieba.posseg.dt.word_tag_tab
        assert cache.read_bytes() != b"not marshal"
    finally:
        jieba.dt.tmp_dir = saved
