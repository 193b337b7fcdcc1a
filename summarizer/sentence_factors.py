"""The factors of a sentence's score in the `fast` engine, kept apart so they can be read one by one.

summarizer.textrank scores a sentence as a product: its centrality (cosine PageRank with the lead
prior) × a length factor × its news value (summarizer.roles) × the lead prior's factor
(summarizer.late_steps) × headline evidence (1 + title_weight × cosine to the headline's and
subheadings' words) × (1 + title_figure_bonus if it states the headline's figure or, when no line does, the
headline's change in words: summarizer.headline_events) × the headline-clause
factor (English clauses, and Chinese ones split by a space). `sentence_factors` computes each of them separately and `combine` multiplies
them in the order rank_sentences always did, so the score is bit for bit the same; a benchmark
(benchmarks/fit_ranker.py) reads the factors to see how much each one is worth.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

from summarizer import roles
from summarizer.actions_zh import planned_projects
from summarizer.effects_zh import measure_effects
from summarizer.graph import cosine_pagerank, tfidf_rows
from summarizer.headline_clauses import clause_factors, clause_factors_zh
from summarizer.headline_events import states_headline_event
from summarizer.headline_figures import states_headline_figure
from summarizer.late_steps import position_factors
from summarizer.listing_filed import listing_filings
from summarizer.market_close_zh import market_closes
from summarizer.nonrecurring_zh import PLAIN_VALUE, nonrecurring_lines
from summarizer.openers import units as _units
from summarizer.ratings_zh import verdict_lines

if TYPE_CHECKING:
    from summarizer.textrank import FastConfig

__all__ = ["FEATURES", "HAND_WEIGHTS", "SentenceFactors", "combine", "features", "sentence_factors", "weighted"]

# The log-linear form of the score: exp(weights · features). The first seven are the logs of the
# factors (weight 1 each is the plain product, HAND_WEIGHTS); the others are terms the product lacks.
FEATURES = ("centrality", "length", "value", "position", "title", "headline_figure", "clause",
            "paragraph_start", "has_figure", "units", "place")
HAND_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0)
_FLOOR = 1e-9  # a factor of 0 (a line of no units) counts as this, so its log is finite


@dataclass(frozen=True, slots=True)
class SentenceFactors:
    """Per sentence, each factor of its score (1.0 where a factor does not apply), and what
    selection needs besides the score."""

    centrality: np.ndarray  # cosine PageRank with the lead prior, × n (1.0 is an average sentence)
    length: np.ndarray  # fragments and run-on lines lose
    value: np.ndarray  # news value (roles.sentence_roles)
    position: np.ndarray  # the lead prior's factor (late_steps.position_factors)
    title: np.ndarray  # 1 + title_weight × cosine to the headline evidence
    headline_figure: np.ndarray  # 1 + title_figure_bonus where the line states the headline's figure
    clause: np.ndarray  # the line stating a later clause of the headline (headline_clauses)
    states_headline: np.ndarray  # bool: states the headline's figure
    roles: roles.SentenceRoles
    rows: sp.csr_array  # unit tf-idf rows (redundancy)
    units: np.ndarray  # length in units (Han characters, or English words × 3)
    opens_paragraph: np.ndarray  # bool


def combine(factors: SentenceFactors) -> np.ndarray:
    """The score: the product of the factors, multiplied in rank_sentences' historical order."""
    scores = factors.centrality * factors.length * factors.value
    scores = scores * factors.position
    scores = scores * factors.title
    return scores * factors.headline_figure * factors.clause


def features(factors: SentenceFactors) -> np.ndarray:
    """Per sentence (rows), the FEATURES (columns): logs of the factors, then the extra terms
    (opens a paragraph, states a distinctive number, log of its length in units over 50, its place
    from 0 for the first line to 1 for the last)."""
    n = len(factors.centrality)
    logs = [np.log(np.maximum(f, _FLOOR)) for f in (
        factors.centrality, factors.length, factors.value, factors.position, factors.title,
        factors.headline_figure, factors.clause)]
    has_figure = np.array([bool(found) for found in factors.roles.numbers], dtype=float)
    place = np.arange(n) / max(n - 1, 1)
    extra = [factors.opens_paragraph.astype(float), has_figure, np.log(np.maximum(factors.units, 1.0) / 50.0), place]
    return np.column_stack(logs + extra)


def weighted(factors: SentenceFactors, weights: Sequence[float]) -> np.ndarray:
    """The score as exp(weights · features): each factor raised to its weight, times the extra terms."""
    return np.exp(features(factors) @ np.asarray(weights, dtype=float))


def sentence_factors(texts: Sequence[str], word_lists: Sequence[Sequence[str]], counts: sp.csr_array,
                     vocab: dict[str, int], *, lang: str, paragraphs: Sequence[int], title_words: Sequence[str],
                     title: str | None, config: FastConfig) -> SentenceFactors:
    """Every factor of every sentence's score (see the module docstring)."""
    n = len(texts)
    found = roles.sentence_roles(texts, paragraphs, lang, title=title, min_units=min(4, config.min_units),
                                 result_bonus=config.result_bonus, listing_factor=config.listing_factor,
                                 no_fact_factor=config.no_fact_factor, decision_bonus=config.decision_bonus,
                                 description_factor=config.description_factor, point_bonus=config.point_bonus)
    rows = tfidf_rows(counts)
    lead = lead_weights(n, paragraphs, config)
    centrality = cosine_pagerank(rows, damping=config.damping, personalization=lead,
                                 tol=config.tol, max_iter=config.max_iter) * n
    units = np.array([_units(t, lang) for t in texts], dtype=float)
    min_units = config.min_units if lang == "zh" else config.min_units_en
    length = length_factor(units, min_units, config.long_units)
    position = position_factors(texts, lang, lead, config.position_weight, config.next_step_share)
    value = found.value
    planned = planned_projects(texts, lang)  # a note's planned spin-off or investment: its act (actions_zh)
    if planned.any():
        value = np.where(planned, np.maximum(value, (1.0 + config.result_bonus) * (1.0 + roles.ACTION_BONUS)), value)
        position = np.where(planned, np.maximum(position, config.next_step_share * (1.0 + config.position_weight)),
                            position)
    # a market wrap's close, told last: its result (market_close_zh); a measure's effect counted (effects_zh)
    closes = market_closes(texts, lang) | measure_effects(texts, lang)
    if closes.any():
        value = np.where(closes, np.maximum(value, 1.0 + config.result_bonus) * (1.0 + roles.NEXT_STEP_BONUS), value)
        position = np.where(closes, np.maximum(position, config.next_step_share * (1.0 + config.position_weight)),
                            position)
    verdicts = verdict_lines(texts, lang)  # a note's rating with its reason in words: a next step's value (ratings_zh)
    if verdicts.any():
        value = np.where(verdicts, np.maximum(value, (1.0 + config.result_bonus) * (1.0 + roles.NEXT_STEP_BONUS)), value)
    filed = listing_filings(texts, lang)  # a filing to go public: the company's act (listing_filed)
    if filed.any():
        value = np.where(filed, np.maximum(value, (1.0 + config.result_bonus) * (1.0 + roles.ACTION_BONUS)), value)
    sized = nonrecurring_lines(texts, lang)  # the size of the non-recurring items: a detail, no guidance
    if sized.any():
        value = np.where(sized, np.minimum(value, PLAIN_VALUE), value)
    ones = np.ones(n)
    evidence = _evidence_vector(counts.shape[1], vocab, word_lists, found.evidence, title_words, config)
    title_factor = 1.0 + config.title_weight * (rows @ evidence) if evidence is not None else ones
    # Without a separate title, a headline-like first line of the text plays its part.
    headline = title or (texts[0] if found.evidence and found.evidence[0] == 0 else None)
    states_headline = np.zeros(n, dtype=bool)
    figure, clause = ones, ones
    if headline:
        exact = roles.numbers(headline)
        states_headline = np.array(states_headline_figure(texts, headline)) | np.array(
            [bool(found.numbers[i] & exact) for i in range(n)])
        if not states_headline.any():  # a headline that states its fact in words: the line of its change
            eligible = found.tier != roles.NEVER
            states_headline = np.array(states_headline_event(texts, headline, lang, eligible), dtype=bool)
        figure = 1.0 + config.title_figure_bonus * states_headline
        if lang in ("en", "zh"):
            stated = clause_factors if lang == "en" else clause_factors_zh
            clause = np.asarray(stated(texts, headline, config.clause_bonus), dtype=float) * ones
    return SentenceFactors(centrality, length, value, position, title_factor, figure, clause,
                           states_headline, found, rows, units, _opens_paragraph(paragraphs))


def _opens_paragraph(paragraphs: Sequence[int]) -> np.ndarray:
    para = np.asarray(paragraphs)
    opens = np.ones(len(para), dtype=bool)
    opens[1:] = para[1:] != para[:-1]
    return opens


def lead_weights(n: int, paragraphs: Sequence[int], config: FastConfig) -> np.ndarray:
    """The lead prior: lead_floor + exp(-i / decay), more at a paragraph's opening."""
    position = np.arange(n, dtype=float)
    decay = max(config.lead_decay_min, n * config.lead_decay_fraction)
    weights = config.lead_floor + np.exp(-position / decay)
    return weights + config.paragraph_start_bonus * _opens_paragraph(paragraphs) * np.exp(-position / (4 * decay))


def length_factor(units: np.ndarray, min_units: int, long_units: int) -> np.ndarray:
    """Fragments (under `min_units`) lose quadratically, run-on lines (over `long_units`) by a square root."""
    short = np.minimum(1.0, units / min_units) ** 2
    long = np.where(units > long_units, np.sqrt(long_units / np.maximum(units, 1)), 1.0)
    return short * long


def _evidence_vector(width: int, vocab: dict[str, int], word_lists: Sequence[Sequence[str]],
                     evidence: Sequence[int], title_words: Sequence[str], config: FastConfig) -> np.ndarray | None:
    """Unit vector of the headline's words and, at lower weight, the subheadings' words.

    Without a separate title, a headline-like first line of the text plays its part.
    """
    vector = np.zeros(width)
    headline = list(title_words)
    if not headline and evidence and evidence[0] == 0:
        headline = list(word_lists[0])
    for word in headline:
        if word in vocab:
            vector[vocab[word]] = 1.0
    for i in evidence:
        for word in word_lists[i]:
            if word in vocab:
                vector[vocab[word]] = max(vector[vocab[word]], config.subheading_weight)
    norm = np.linalg.norm(vector)
    return vector / norm if norm else None
