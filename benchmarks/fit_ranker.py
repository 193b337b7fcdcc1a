"""Does a learned combination of the key-sentence score's factors beat the hand-tuned product?

The fast engine scores a sentence as a product of factors (summarizer.sentence_factors):
centrality × length × news value × position × headline evidence × headline figure × clause. In
log-linear form that is exp(w · features) with w = 1 on each factor's log (HAND_WEIGHTS) and 0 on
a few extra terms (opens a paragraph, states a number, length, place). This script

1. runs summarizer.analyze on every text of every key-point set (eval_keypoints.SET_PATHS) and
   records what it passed to textrank.rank_sentences, then reads the factors with
   textrank.text_factors (the real functions, not copies) and labels each sentence by the points it
   covers (eval_keypoints.covers);
2. fits the weights on all sets but one and scores the one left out (leave one set out), by
   - pairwise: logistic loss on (sentence that covers a point, full sentence that covers none) pairs
     of one text, a first-point sentence counting twice, each text weighing the same, with an L2 pull
     towards the hand weights;
   - listwise: softmax loss over a text's full sentences (fit_listwise), pulled the same way;
   - search: coordinate search on the objective itself (points covered by the greedy selection's
     3 sentences, the first point counting twice), from the listwise weights;
3. reports, per set left out, the points and first points covered by the hand weights and by the
   learned ones: first on the proxy (the selection's own sentences), then (--real) through
   summarizer.analyze with the fold's weights, scored exactly as eval_keypoints scores.

    NEWSBRIEF_SHARED=../shared python benchmarks/fit_ranker.py [--method pairwise|search] [--real]
    ... --final          fit on all sets and print the weights (FastConfig.weights)
    ... --landscape      the objective after one step of one hand weight

The collected features are cached in benchmarks/out/fit_ranker.pkl (delete it after a change of
the summarizer).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import eval_keypoints as ek  # noqa: E402
from summarizer import analyze, roles, textrank  # noqa: E402
from summarizer.model import Analysis  # noqa: E402
from summarizer.sentence_factors import FEATURES, HAND_WEIGHTS, SentenceFactors, features  # noqa: E402
from summarizer.traditional import to_simplified  # noqa: E402

CACHE = REPO / "benchmarks" / "out" / "fit_ranker.pkl"
FIRST_WEIGHT = 2.0  # the first point counts this many points in the objectives
PULL = 1.0  # L2 pull of the pairwise fit towards the hand weights, per text


@dataclass
class Text:
    """One labelled text: its features and what selection needs, and the points each sentence covers."""

    set: str
    id: str
    kind: str
    title: str | None
    body: str
    points: list
    count: int  # the count the pipeline asked select_sentences for
    x: np.ndarray  # sentences × FEATURES
    ranking: textrank.SentenceRanking  # with the hand scores
    labels: np.ndarray  # sentences × points, bool
    sentences: tuple[str, ...] = ()
    lang: str = "zh"
    tokens: tuple = ()  # per sentence, the tokens rank_sentences was given (benchmarks/fit_cues.py)
    paragraphs: tuple[int, ...] = ()  # per sentence, its paragraph


@dataclass
class Recorded:
    """One labelled text as the pipeline ranked it: what analyze passed to textrank.rank_sentences, the
    factors and ranking read from it, what select_sentences was asked for and chose, and the gold labels."""

    set: str
    item: dict
    title: str | None
    body: str
    analysis: Analysis
    sentences: Sequence[str]
    tokens: Sequence
    kwargs: dict
    factors: SentenceFactors
    ranking: textrank.SentenceRanking
    labels: np.ndarray  # sentences × points, bool
    count: int
    picks: list[int]


def recorded(sets: Iterable[str], kind: str | None = None) -> Iterator[Recorded]:
    """Analyze every text of `sets` (of `kind` only, when given) once, recording the ranking's inputs (the real
    functions are wrapped, not copied; they are restored when the iteration ends)."""
    calls: list[tuple[tuple, dict]] = []
    selections: list[tuple[int, list[int]]] = []
    rank, select = textrank.rank_sentences, textrank.select_sentences

    def record_rank(*args, **kwargs):
        calls.append((args, kwargs))
        return rank(*args, **kwargs)

    def record_select(ranking, count, **kwargs):
        found = select(ranking, count, **kwargs)
        selections.append((count, found))
        return found

    textrank.rank_sentences, textrank.select_sentences = record_rank, record_select
    try:
        for name in sets:
            items = ek.load_gold(ek.SET_PATHS[name])
            fresh = all("text" in item for item in items)
            texts = ek.stored_texts(items) if fresh else ek.load_texts({item["id"] for item in items})
            for item in items:
                if kind and item["kind"] != kind:
                    continue
                title, body = texts[item["id"]]
                calls.clear()
                selections.clear()
                analysis = analyze(body, title=title, max_sentences=3)
                (args, kwargs), = calls
                sentences, tokens = args
                factors = textrank.text_factors(sentences, tokens, lang=kwargs["lang"], paragraphs=kwargs["paragraphs"],
                                                title_tokens=kwargs["title_tokens"], title=kwargs["title"])
                labels = np.array([[any(ek.covers(s, span) or ek.covers(s, to_simplified(span))
                                        for span in point["evidence"]) for point in item["points"]]
                                   for s in sentences], dtype=bool).reshape(len(sentences), len(item["points"]))
                count, picks = selections[0]
                yield Recorded(name, item, title, body, analysis, sentences, tokens, kwargs, factors,
                               rank(*args, **kwargs), labels, count, picks)
    finally:
        textrank.rank_sentences, textrank.select_sentences = rank, select


def collect() -> list[Text]:
    """Analyze every text once, recording the ranking's inputs, and read its factors."""
    return [Text(r.set, r.item["id"], r.item["kind"], r.title, r.body, r.item["points"], r.count,
                 features(r.factors), r.ranking, r.labels, tuple(r.sentences), r.kwargs["lang"],
                 tuple(tuple(t) for t in r.tokens), tuple(r.kwargs["paragraphs"]))
            for r in recorded(ek.SET_PATHS)]


def load(refresh: bool = False) -> list[Text]:
    if CACHE.exists() and not refresh:
        return pickle.loads(CACHE.read_bytes())
    data = collect()
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_bytes(pickle.dumps(data))
    return data


def chosen(text: Text, weights: np.ndarray | None) -> list[int]:
    return selected(text, None if weights is None else np.exp(text.x @ weights))


def selected(text: Text, scores: np.ndarray | None) -> list[int]:
    """The 3 sentences the real selection shows with these scores (None: the hand scores)."""
    ranking = text.ranking if scores is None else replace(text.ranking, scores=scores)
    return textrank.select_sentences(ranking, text.count)[:3]


def proxy(text: Text, weights: np.ndarray | None) -> tuple[int, int]:
    """(points covered, first point covered) by the selection's own sentences."""
    return covered_by(text, chosen(text, weights))


def covered_by(text: Text, picked: Sequence[int]) -> tuple[int, int]:
    """(points covered, first point covered) by these sentences."""
    covered = text.labels[list(picked)].any(axis=0) if picked else np.zeros(len(text.points), dtype=bool)
    return int(covered.sum()), int(covered[0])


def objective(texts: Sequence[Text], weights: np.ndarray) -> float:
    return float(sum(p + (FIRST_WEIGHT - 1) * f for p, f in (proxy(t, weights) for t in texts)))


def fit_pairwise(texts: Sequence[Text], pull: float = PULL) -> np.ndarray:
    """Logistic pairwise loss within each text, every text weighing the same, pulled towards the hand weights."""
    diffs, weights = [], []
    for text in texts:
        full = text.ranking.tier == roles.FULL
        gain = text.labels.sum(axis=1) + (FIRST_WEIGHT - 1) * text.labels[:, 0]
        positive = np.flatnonzero(full & (gain > 0))
        negative = np.flatnonzero(full & (gain == 0))
        if not len(positive) or not len(negative):
            continue
        d = (text.x[positive][:, None, :] - text.x[negative][None, :, :]).reshape(-1, text.x.shape[1])
        w = np.repeat(gain[positive], len(negative)).astype(float)
        diffs.append(d)
        weights.append(w / w.sum())
    d, w = np.vstack(diffs), np.concatenate(weights)
    hand = np.asarray(HAND_WEIGHTS)
    scale = pull / len(texts)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        margin = d @ theta
        value = np.logaddexp(0.0, -margin)
        grad_margin = -w / (1.0 + np.exp(np.clip(margin, -500, 500)))
        return (float(w @ value) / len(texts) + scale * float((theta - hand) @ (theta - hand)),
                d.T @ grad_margin / len(texts) + 2 * scale * (theta - hand))

    return minimize(loss, hand.copy(), jac=True, method="L-BFGS-B").x


def fit_listwise(texts: Sequence[Text], pull: float = PULL) -> np.ndarray:
    """Softmax (ListNet) loss over each text's full sentences: the probability mass the scores put on
    the sentences that cover points, by their gain; it weighs the top of the ranking, where the
    selection looks, more than a pairwise loss does. Pulled towards the hand weights like fit_pairwise."""
    groups = []
    for text in texts:
        full = np.flatnonzero(text.ranking.tier == roles.FULL)
        gain = (text.labels.sum(axis=1) + (FIRST_WEIGHT - 1) * text.labels[:, 0])[full].astype(float)
        if len(full) >= 2 and gain.sum() > 0 and (gain == 0).any():
            groups.append((text.x[full], gain / gain.sum()))
    hand = np.asarray(HAND_WEIGHTS)
    scale = pull / len(texts)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = scale * float((theta - hand) @ (theta - hand)), 2 * scale * (theta - hand)
        for x, target in groups:
            z = x @ theta
            z = z - z.max()
            p = np.exp(z)
            p /= p.sum()
            total -= float(target @ np.log(np.maximum(p, 1e-300))) / len(groups)
            grad += x.T @ (p - target) / len(groups)
        return total, grad

    return minimize(loss, hand.copy(), jac=True, method="L-BFGS-B").x


STEPS = (-0.5, -0.25, -0.1, 0.1, 0.25, 0.5)


def fit_search(texts: Sequence[Text], start: np.ndarray, rounds: int = 3) -> np.ndarray:
    """Coordinate search on the objective: a step is taken only when it gains at least one point."""
    best = start.copy()
    score = objective(texts, best)
    for _ in range(rounds):
        moved = False
        for k in range(len(best)):
            for step in STEPS:
                trial = best.copy()
                trial[k] += step
                value = objective(texts, trial)
                if value >= score + 1:
                    best, score, moved = trial, value, True
        if not moved:
            break
    return best


def fit(texts: Sequence[Text], method: str, pull: float = PULL) -> np.ndarray:
    if method == "pairwise":
        return fit_pairwise(texts, pull)
    weights = fit_listwise(texts, pull)
    return fit_search(texts, weights) if method == "search" else weights


def real(text: Text, weights: np.ndarray | None) -> list[bool]:
    """The points covered by what a reader is shown, with these weights (eval_keypoints' scoring)."""
    saved = textrank.DEFAULT_CONFIG
    if weights is not None:
        textrank.DEFAULT_CONFIG = replace(saved, weights=tuple(float(v) for v in weights))
    try:
        shown = [s.text for s in analyze(text.body, title=text.title, max_sentences=3).sentences]
    finally:
        textrank.DEFAULT_CONFIG = saved
    return ek.covered_points(shown, text.points)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--method", choices=("pairwise", "listwise", "search"), default="pairwise")
    parser.add_argument("--pull", type=float, default=PULL, help="L2 pull towards the hand weights")
    parser.add_argument("--real", action="store_true", help="also score each fold through summarizer.analyze")
    parser.add_argument("--final", action="store_true", help="fit on all sets and print the weights")
    parser.add_argument("--landscape", action="store_true",
                        help="the objective on all sets after one step of one hand weight (is the hand point a local optimum?)")
    parser.add_argument("--refresh", action="store_true", help="collect the features again")
    args = parser.parse_args()
    texts = load(args.refresh)
    if args.landscape:
        landscape(texts)
        return
    if args.final:
        weights = fit(texts, args.method, args.pull)
        print("weights=(" + ", ".join(f"{v:.2f}" for v in weights) + ")  # " + ", ".join(FEATURES))
        print(f"objective on all sets: hand {objective(texts, None):.0f}, fitted {objective(texts, weights):.0f}")
        return
    sets = list(dict.fromkeys(t.set for t in texts))
    rows: dict[str, list] = {}
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for held in sets:
        train = [t for t in texts if t.set != held]
        test = [t for t in texts if t.set == held]
        weights = fit(train, args.method, args.pull)
        row = [len(test), sum(len(t.points) for t in test), 0, 0, 0, 0]
        for t in test:
            hand, learned = proxy(t, None), proxy(t, weights)
            if args.real:
                hand_flags, learned_flags = real(t, None), real(t, weights)
                hand, learned = (sum(hand_flags), int(hand_flags[0])), (sum(learned_flags), int(learned_flags[0]))
            for cells in (row, kinds[t.kind]):
                for at, value in enumerate((0, 0, *hand, *learned)):
                    cells[at] += value
            kinds[t.kind][0] += 1
            kinds[t.kind][1] += len(t.points)
        rows[held] = row + [weights]
        print(f"{held:<20} fitted " + " ".join(f"{v:+.2f}" for v in weights), file=sys.stderr)
    print_table(rows, kinds, real_scores=args.real)


def landscape(texts: Sequence[Text]) -> None:
    """The objective's change on all sets when one weight moves from the hand point, the others kept."""
    hand = np.asarray(HAND_WEIGHTS)
    base = objective(texts, hand)
    steps = (-0.5, -0.25, -0.1, -0.05, 0.05, 0.1, 0.25, 0.5)
    print(f"objective at the hand weights: {base:.0f}; change after one step of one weight:")
    print(f"{'weight':<16}" + "".join(f"{step:>+7}" for step in steps))
    for k, name in enumerate(FEATURES):
        cells = []
        for step in steps:
            trial = hand.copy()
            trial[k] += step
            cells.append(objective(texts, trial) - base)
        print(f"{name:<16}" + "".join(f"{v:>+7.0f}" for v in cells))


def print_table(rows: dict[str, list], kinds: dict[str, list[int]], *, real_scores: bool) -> None:
    what = "through analyze" if real_scores else "proxy: the selection's own sentences"
    print(f"\nLeave one set out ({what}); points covered / first points covered")
    print(f"{'set':<20}{'texts':>6}{'points':>7}{'hand':>12}{'learned':>12}")
    for name, (n, p, hp, hf, lp, lf, _) in rows.items():
        print(f"{name:<20}{n:>6}{p:>7}{hp:>7}/{hf:<4}{lp:>7}/{lf:<4}")
    print(f"\n{'kind':<20}{'texts':>6}{'points':>7}{'hand':>12}{'learned':>12}")
    total = [0] * 6
    for kind, cells in sorted(kinds.items()):
        n, p, hp, hf, lp, lf = cells
        total = [a + b for a, b in zip(total, cells)]
        print(f"{kind:<20}{n:>6}{p:>7}{hp:>7}/{hf:<4}{lp:>7}/{lf:<4}")
    n, p, hp, hf, lp, lf = total
    print(f"{'all':<20}{n:>6}{p:>7}{hp:>7}/{hf:<4}{lp:>7}/{lf:<4}")
    print(f"coverage {hp / p:.3f} -> {lp / p:.3f}, first point {hf / n:.1%} -> {lf / n:.1%}")


if __name__ == "__main__":
    main()
