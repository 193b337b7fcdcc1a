"""The key-sentence score read factor by factor (summarizer.sentence_factors).

The score is a product of factors; benchmarks/fit_ranker.py reads them one by one to test whether a
learned combination does better. These tests hold that the factors really are the score: their
product is what rank_sentences returns, bit for bit, and the log-linear form with the hand weights
ranks the sentences the same way. The texts are written for the tests.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from summarizer.lang import detect_lang
from summarizer.normalize import normalize
from summarizer.sentence_factors import FEATURES, HAND_WEIGHTS, combine, features, weighted
from summarizer.split import split_sentences
from summarizer.textrank import DEFAULT_CONFIG, rank_sentences, select_sentences, text_factors
from summarizer.tokenize import tokenize_sentences

ZH_TITLE = "青川电器一季度净利润同比增长18.6%"
ZH = (
    "青川电器一季度净利润同比增长18.6%\n\n"
    "近日，青川电器发布2026年一季度报告。\n\n"
    "报告显示，公司一季度实现营业收入52.3亿元，同比增长9.4%；归母净利润4.1亿元，同比增长18.6%。\n\n"
    "公司表示，空调和洗衣机出口增长较快，海外收入占比提升至37%。\n\n"
    "公司主要从事家用电器的研发、生产和销售。\n\n"
    "分析师认为，原材料价格回落将继续改善公司毛利率。"
)
EN = (
    "Harlow Foods said on Tuesday that quarterly profit rose 14% to $212 million, beating forecasts.\n\n"
    "The company, based in Leeds, makes frozen meals and snacks.\n\n"
    "Revenue climbed 6% to $1.9 billion as prices of its own-label ranges held up.\n\n"
    "Chief executive Mara Quinn said the company would open two plants in Poland next year.\n\n"
    "Shares of Harlow rose 3% in early trading."
)


def _parts(text: str, title: str | None = None, config=DEFAULT_CONFIG):
    normalized = normalize(text)
    lang = detect_lang(normalized)
    spans = split_sentences(normalized, lang)
    texts = [span.text for span in spans]
    tokens = tokenize_sentences(tuple(texts), lang)
    paragraphs = [span.paragraph for span in spans]
    title_tokens = tokenize_sentences((title,), lang)[0] if title else ()
    ranking = rank_sentences(texts, tokens, lang=lang, paragraphs=paragraphs, title_tokens=title_tokens,
                             title=title, config=config)
    factors = text_factors(texts, tokens, lang=lang, paragraphs=paragraphs, title_tokens=title_tokens,
                           title=title, config=config)
    return texts, ranking, factors


def test_the_product_of_the_factors_is_the_score_bit_for_bit():
    for text, title in ((ZH, ZH_TITLE), (ZH, None), (EN, None)):
        _, ranking, factors = _parts(text, title)
        assert np.array_equal(combine(factors), ranking.scores)


def test_the_log_linear_form_with_the_hand_weights_ranks_as_the_product():
    for text, title in ((ZH, ZH_TITLE), (EN, None)):
        _, ranking, factors = _parts(text, title)
        assert np.allclose(weighted(factors, HAND_WEIGHTS), ranking.scores, rtol=1e-9)
        learned = replace(DEFAULT_CONFIG, weights=HAND_WEIGHTS)
        _, same, _ = _parts(text, title, learned)
        assert select_sentences(same, 3) == select_sentences(ranking, 3)


def test_the_headline_figure_factor_lifts_the_line_that_states_it():
    texts, _, factors = _parts(ZH, ZH_TITLE)
    stating = [i for i, t in enumerate(texts) if "18.6%" in t and "归母净利润" in t]
    assert stating and factors.states_headline[stating[0]]
    assert factors.headline_figure[stating[0]] > 1.0
    others = [i for i, t in enumerate(texts) if "18.6%" not in t]
    assert all(factors.headline_figure[i] == 1.0 for i in others)


def test_features_are_one_column_each():
    _, _, factors = _parts(EN)
    x = features(factors)
    assert x.shape == (len(factors.centrality), len(FEATURES)) == (len(factors.centrality), len(HAND_WEIGHTS))
    assert np.isfinite(x).all()
