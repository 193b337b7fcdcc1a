"""One POS pass per text, shared by every step."""

import logging

from summarizer.tokenize import Token, ensure_jieba, stopwords, tokenize_sentences, tokenize_text


def test_chinese_tokens_per_sentence_with_pos():
    tokens = tokenize_sentences(["储能电池价格下跌。", "腾讯云收入增长14%。"], "zh")
    assert len(tokens) == 2
    assert "".join(t.word for t in tokens[0]) == "储能电池价格下跌。"
    assert "".join(t.word for t in tokens[1]) == "腾讯云收入增长14%。"
    assert all(isinstance(t, Token) and t.pos for sentence in tokens for t in sentence)
    assert tokens[0][-1] == Token("。", "x")


def test_same_sentences_share_one_pass():
    sentences = ("第一句话讲储能。", "第二句话讲价格。")
    assert tokenize_sentences(sentences, "zh") is tokenize_sentences(list(sentences), "zh")


def test_english_regex_tokenizer_keeps_numbers_and_abbreviations():
    words = [t.word for t in tokenize_text("U.S. sales rose 3.5% to $1,200 at Smith's.", "en")]
    assert words[:5] == ["U.S", ".", "sales", "rose", "3.5%"]
    assert "Smith's" in words


def test_accented_latin_letters_stay_inside_their_word():
    tokens = tokenize_text("Analysts at Société Générale met Mr. Weizsäcker in São Paulo × 2.", "en")
    words = [t.word for t in tokens]
    assert {"Société", "Générale", "Weizsäcker", "São"} <= set(words)
    assert next(t.pos for t in tokens if t.word == "Weizsäcker") == "eng"
    assert "×" in words  # a sign, not a letter


def test_jieba_logs_nothing_to_the_console(capfd):
    ensure_jieba()
    assert logging.getLogger("jieba").handlers == []
    tokenize_sentences(["日志不应该出现在终端里。"], "zh")
    assert capfd.readouterr().err == ""


def test_stopword_lists_ship_with_the_package():
    assert {"的", "了", "我们"} <= stopwords("zh")
    assert {"the", "and", "of"} <= stopwords("en")


def test_a_texts_repeated_words_are_one_token_object():
    # A long text repeats its words: one shared Token each, not a fresh pair per occurrence.
    tokens = tokenize_sentences(["腾讯云收入增长。", "腾讯云利润增长。"], "zh")
    first = {t.word: t for t in tokens[0]}
    second = {t.word: t for t in tokens[1]}
    assert first["增长"] is second["增长"] and first["。"] is second["。"]
    english = tokenize_sentences(["Sales rose.", "Profit rose."], "en")
    assert english[0][1] is english[1][1]


def test_the_cache_is_bounded_by_characters_and_keeps_the_newest():
    from summarizer.tokenize import _TokenCache

    cache = _TokenCache(entries=4, chars=30)
    long_one = ("第一段很长的文字讲储能电池。",)
    short = [(f"短句{i}。",) for i in range(3)]
    kept = cache.get(long_one, "zh")
    first_short = [cache.get(texts, "zh") for texts in short]
    assert cache.get(long_one, "zh") is kept  # 14 + 3 x 4 characters: still within bounds
    other_long = ("第二段很长的文字讲光伏组件和逆变器。",)
    newest = cache.get(other_long, "zh")  # over 30 characters: the least recently used go
    assert cache.get(other_long, "zh") is newest
    assert cache.get(short[0], "zh") is not first_short[0]
    assert cache.get(long_one, "zh") is not kept
    huge = ("一" * 100,)
    alone = cache.get(huge, "zh")
    assert cache.get(huge, "zh") is alone  # longer than the bound alone, yet kept as the newest


def test_jiebas_cache_read_at_once_gives_jiebas_own_dictionary(tmp_path):
    import tempfile

    import jieba

    from summarizer.tokenize import _load_cached_dictionary, ensure_jieba

    ensure_jieba()  # writes the cache if there was none
    folder = jieba.dt.tmp_dir or tempfile.gettempdir()
    ours, theirs = jieba.Tokenizer(), jieba.Tokenizer()
    ours.tmp_dir = theirs.tmp_dir = folder
    assert _load_cached_dictionary(ours, jieba.DEFAULT_DICT)
    theirs.initialize()
    assert ours.initialized and ours.total == theirs.total and ours.FREQ == theirs.FREQ
    # No cache (or an unreadable one): jieba initialises as usual.
    empty = jieba.Tokenizer()
    empty.tmp_dir = str(tmp_path)
    assert not _load_cached_dictionary(empty, jieba.DEFAULT_DICT)
    (tmp_path / "jieba.cache").write_bytes(b"\x00garbage")
    assert not _load_cached_dictionary(empty, jieba.DEFAULT_DICT) and not empty.initialized
