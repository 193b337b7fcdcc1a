"""Does a learned cue signal, one more factor of the key-sentence score, find the points the hand factors miss?

fit_ranker.py showed that re-weighting the score's existing factors does not help; this asks whether
signals the factors lack do. The cue factor is exp(w · cues), multiplied into the hand score (its
log an offset, so w = 0 is today's ranking), with cues per sentence:

- head: character bigrams of its first HEAD_CHARS characters (digits folded to 0; English: its first
  six words and their pairs), and verbs: its jieba verbs (English: lower-case -ed/-s words), from a
  vocabulary built on the training folds only (a cue held by MIN_TEXTS texts);
- figures: count of distinctive numbers (0, 1, 2, 3+) and kinds (a share, an amount of money, a date, a
  count of things, a quote or attribution);
- paragraph: first, second or later line of its paragraph, the last, alone, the first or second paragraph;
- neighbours: cosine to the previous and next line, a figure shared with the previous;
- headline: share of the headline's character bigrams it holds, no headline;
- novelty: cosine to the best-scored full line, the same paragraph as it.

w is fitted with L2 (`--l2`, per weight), every text weighing the same, by one of three losses on the
texts' labels (fit_ranker.collect): boundary (logistic on the pairs where the hand selection errs — a
line left out that would add a point against a shown line that adds none — plus guard pairs keeping
the shown lines that are right), listwise (softmax over a text's full lines) or pairwise. Each fold is
scored through the real selection (fit_ranker.selected: the selection's own 3 lines) or, with --real,
through summarizer.analyze with the factor multiplied into rank_sentences' scores, as
eval_keypoints scores it.

Measured 2026-12-07 (summarizer version 73, 22 sets, 334 texts, 979 points; points / first points),
leave one set out, through analyze (--real):

    hand weights                                      682 / 309
    all cue groups, boundary, l2 0.03 (the default)   660 / 303
    all cue groups, listwise, l2 0.03                 668 / 308
    lexical cues only (head, verbs), boundary, l2 0.1  677 / 308

and on the proxy, for l2 from 0.003 to 1, every loss and cue group: never above the hand weights
(683 / 309 proxy); the stronger the pull to 0, the nearer to them from below. Five random parts of the
texts instead of the sets (--folds 5, so each part has every reader round): 662 against 683 —
it is not the rounds' labels that differ. In sample (--show) the default fit covers 693 / 308;
multiplying every score by exp(N(0, 0.1)) noise (--noise 0.1) already costs 14 points (669), about what
a learned factor of that spread costs held out: the hand point is a sharp optimum of these texts
(they were tuned on them), and the cues find nothing that transfers. Not landed (docs/benchmarks.md,
"Learned cue signal, 2026-12-07").

    NEWSBRIEF_SHARED=../shared python benchmarks/fit_cues.py [--groups G,...] [--loss L] [--l2 L] [--real]
    ... --folds 5    leave out each of 5 random parts of the texts instead of each set
    ... --show       fit on all sets: the strongest cues and the in-sample points
    ... --noise SD   the hand selection's points with random noise of this spread in the log scores

It reads fit_ranker's cache (benchmarks/out/fit_ranker.pkl, which keeps each text's tokens and paragraphs).
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import eval_keypoints as ek  # noqa: E402
from benchmarks import fit_ranker as fr  # noqa: E402
from summarizer import analyze, roles, textrank  # noqa: E402

HEAD_CHARS = 20  # the opening whose character bigrams (words in English) are cues
MIN_TEXTS = 4  # a lexical cue enters the vocabulary when this many training texts hold it
GROUPS = ("head", "verbs", "figures", "paragraph", "neighbours", "headline", "novelty")

_PERCENT_RE = re.compile(r"\d\s*(?:%|％|個百分點|个百分点|percent|per cent|percentage point)", re.IGNORECASE)
_MONEY_RE = re.compile(r"\d\s*(?:[万亿]?(?:元|美元|港元|港币|欧元|英镑|日元)|[万亿])|[$€£¥]\s*\d|\d\s*(?:million|billion|bn|trillion)",
                       re.IGNORECASE)
_DATE_RE = re.compile(r"\d{1,4}\s*[年月日]|\b(?:19|20)\d\d\b|(?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December)\b")
_COUNT_RE = re.compile(r"\d\s*(?:家|个|项|人|名|台|辆|吨|股|件|次|只|款|座|户|万人|万辆|万吨)")
_QUOTE_RE = re.compile(r"[“”「」\"]|表示|指出|认为|称，|said|says|told")
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class Sentences:
    """What rank_sentences is given (and its ranking), enough to compute the cues of every sentence."""

    texts: Sequence[str]
    tokens: Sequence[Sequence]
    paragraphs: Sequence[int]
    title: str | None
    lang: str
    ranking: textrank.SentenceRanking


def lexical_cues(s: Sentences, i: int, groups: Iterable[str]) -> set[str]:
    """The sentence's lexical cues: bigrams of its opening (words in English) and its verbs."""
    text, cues = s.texts[i], set()
    if "head" in groups:
        if s.lang == "zh":
            head = re.sub(r"\d+(?:\.\d+)?", "0", text[:HEAD_CHARS])
            cues.update("h:" + head[k:k + 2] for k in range(len(head) - 1))
        else:
            words = [w.lower() for w in _WORD_RE.findall(text)][:6]
            cues.update("h:" + w for w in words)
            cues.update("h:" + a + " " + b for a, b in zip(words, words[1:]))
    if "verbs" in groups:
        for token in s.tokens[i]:
            word, pos = token[0], token[1]
            if s.lang == "zh" and pos.startswith("v") and pos != "vn" and len(word) >= 2:
                cues.add("v:" + word)
            elif s.lang != "zh" and word.lower().endswith(("ed", "es", "s")) and word[:1].islower():
                cues.add("v:" + word.lower())
    return cues


DENSE = ("fig0", "fig1", "fig2", "fig3+", "percent", "money", "date", "count", "quote",
         "para_first", "para_second", "para_later", "para_last", "para_alone", "para_index0", "para_index1",
         "prev_sim", "next_sim", "prev_fig_shared", "head_bigrams", "no_title", "top_sim", "top_same_para", "en")


def dense_cues(s: Sentences, i: int, groups: Iterable[str]) -> np.ndarray:
    """Figure count and kinds, paragraph role, relation to the neighbours and to the headline."""
    text, put = s.texts[i], dict.fromkeys(DENSE, 0.0)
    if "figures" in groups:
        found = len(s.ranking.numbers[i]) if s.ranking.numbers is not None else len(_DIGIT_RE.findall(text))
        put["fig0" if found == 0 else "fig1" if found == 1 else "fig2" if found == 2 else "fig3+"] = 1.0
        put["percent"] = float(bool(_PERCENT_RE.search(text)))
        put["money"] = float(bool(_MONEY_RE.search(text)))
        put["date"] = float(bool(_DATE_RE.search(text)))
        put["count"] = float(bool(_COUNT_RE.search(text)))
        put["quote"] = float(bool(_QUOTE_RE.search(text)))
    if "paragraph" in groups:
        para = s.paragraphs[i]
        members = [k for k, p in enumerate(s.paragraphs) if p == para]
        at = members.index(i)
        put["para_first" if at == 0 else "para_second" if at == 1 else "para_later"] = 1.0
        put["para_last"] = float(at == len(members) - 1 and len(members) > 1)
        put["para_alone"] = float(len(members) == 1)
        order = sorted(set(s.paragraphs)).index(para)
        put["para_index0"], put["para_index1"] = float(order == 0), float(order == 1)
    if "neighbours" in groups and s.ranking.unit_rows is not None:
        rows = s.ranking.unit_rows
        if i > 0:
            put["prev_sim"] = float((rows[[i]] @ rows[[i - 1]].T).toarray()[0, 0])
            if s.ranking.numbers is not None:
                put["prev_fig_shared"] = float(bool(s.ranking.numbers[i] & s.ranking.numbers[i - 1]))
        if i + 1 < len(s.texts):
            put["next_sim"] = float((rows[[i]] @ rows[[i + 1]].T).toarray()[0, 0])
    if "novelty" in groups and s.ranking.unit_rows is not None:
        # How much the line repeats the best-scored full line: a second point is news the first is not.
        full = np.flatnonzero(s.ranking.tier == roles.FULL)
        top = int(full[np.argmax(s.ranking.scores[full])]) if len(full) else i
        if top != i:
            rows = s.ranking.unit_rows
            put["top_sim"] = float((rows[[i]] @ rows[[top]].T).toarray()[0, 0])
            put["top_same_para"] = float(s.paragraphs[i] == s.paragraphs[top])
    if "headline" in groups:
        if s.title:
            grams = {text[k:k + 2] for k in range(len(text) - 1)}
            title_grams = {s.title[k:k + 2] for k in range(len(s.title) - 1)}
            put["head_bigrams"] = len(grams & title_grams) / max(len(title_grams), 1)
        else:
            put["no_title"] = 1.0
    put["en"] = float(s.lang != "zh")
    return np.array([put[name] for name in DENSE])


def of_text(text: fr.Text) -> Sentences:
    return Sentences(text.sentences, text.tokens, text.paragraphs, text.title, text.lang, text.ranking)


@dataclass
class Cues:
    """One text's cue matrix pieces: lexical cue sets and dense rows, per sentence."""

    lexical: list[set[str]]
    dense: np.ndarray


def cues_of(s: Sentences, groups: Sequence[str]) -> Cues:
    n = len(s.texts)
    return Cues([lexical_cues(s, i, groups) for i in range(n)], np.array([dense_cues(s, i, groups) for i in range(n)]))


@dataclass(frozen=True)
class Model:
    """A fitted cue factor: exp(weights · [dense, lexical one-hots]), clipped to ±`clip` in log."""

    vocab: dict[str, int]
    weights: np.ndarray
    clip: float

    def log_factor(self, cues: Cues) -> np.ndarray:
        return np.clip(matrix(cues, self.vocab) @ self.weights, -self.clip, self.clip)


def build_vocab(cue_list: Sequence[Cues]) -> dict[str, int]:
    """Lexical cues held by at least MIN_TEXTS texts of the training folds, after the dense columns."""
    df = Counter(cue for cues in cue_list for cue in set().union(*cues.lexical) if cues.lexical)
    kept = sorted(cue for cue, count in df.items() if count >= MIN_TEXTS)
    return {cue: len(DENSE) + k for k, cue in enumerate(kept)}


def matrix(cues: Cues, vocab: dict[str, int]) -> sp.csr_array:
    rows, cols = [], []
    for i, found in enumerate(cues.lexical):
        for cue in found:
            if cue in vocab:
                rows.append(i)
                cols.append(vocab[cue])
    width = len(DENSE) + len(vocab)
    lexical = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(len(cues.lexical), width))
    dense = sp.csr_array(np.hstack([cues.dense, np.zeros((len(cues.lexical), len(vocab)))]))
    return (lexical + dense).tocsr()


def gains(text: fr.Text) -> np.ndarray:
    return (text.labels.sum(axis=1) + (fr.FIRST_WEIGHT - 1) * text.labels[:, 0]).astype(float)


def fit(texts: Sequence[fr.Text], cue_list: Sequence[Cues], *, l2: float, clip: float = 1.0,
        loss: str = "boundary", guard: float = 1.0) -> Model:
    """Cue weights on top of the hand score (its log an offset), every text weighing the same.

    boundary: logistic loss on the pairs where the hand selection errs (fit_boundary);
    listwise: softmax loss over a text's full sentences, the target the sentences' gains;
    pairwise: logistic loss on (covers a point, covers none) pairs of full sentences of one text.
    L2 on every weight (l2 per text), so a cue seen in few texts stays near 0."""
    vocab = build_vocab(cue_list)
    if loss == "boundary":
        return Model(vocab, fit_boundary(texts, [matrix(c, vocab) for c in cue_list], l2=l2, guard=guard), clip)
    groups = []
    for text, cues in zip(texts, cue_list):
        full = np.flatnonzero(text.ranking.tier == roles.FULL)
        gain = gains(text)[full]
        if len(full) < 2 or gain.sum() == 0 or not (gain == 0).any():
            continue
        offset = np.log(np.maximum(text.ranking.scores[full], 1e-12))
        groups.append((matrix(cues, vocab)[full], offset, gain))
    width = len(DENSE) + len(vocab)
    m = len(groups)

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = l2 * float(theta @ theta), 2 * l2 * theta
        for x, offset, gain in groups:
            z = offset + x @ theta
            if loss == "listwise":
                target = gain / gain.sum()
                z = z - z.max()
                p = np.exp(z)
                p /= p.sum()
                total -= float(target @ np.log(np.maximum(p, 1e-300))) / m
                grad += x.T @ (p - target) / m
            else:
                pos, neg = np.flatnonzero(gain > 0), np.flatnonzero(gain == 0)
                margin = z[pos][:, None] - z[neg][None, :]
                w = np.repeat(gain[pos][:, None], len(neg), axis=1)
                w = w / w.sum()
                total += float((w * np.logaddexp(0.0, -margin)).sum()) / m
                g = -w / (1.0 + np.exp(np.clip(margin, -500, 500)))
                dz = np.zeros(len(z))
                dz[pos] += g.sum(axis=1)
                dz[neg] -= g.sum(axis=0)
                grad += x.T @ dz / m
        return total, grad

    theta = minimize(objective, np.zeros(width), jac=True, method="L-BFGS-B").x
    return Model(vocab, theta, clip)


def boundary_pairs(text: fr.Text, guard: float, near: int = 5) -> list[tuple[int, int, float]]:
    """(should rise, should fall, weight) pairs at the selection's boundary, where the hand score errs:
    a sentence left out that would add a point against a shown one that adds none (weight: the
    points it would add, the first point counting twice); and, weighing `guard`, a shown sentence
    that alone covers a point against the best few left out that cover none (so what is right stays)."""
    picked = chosen(text, None)
    full = text.ranking.tier == roles.FULL
    labels = text.labels
    covered = labels[picked].any(axis=0) if picked else np.zeros(labels.shape[1], dtype=bool)
    value = np.ones(labels.shape[1])
    value[0] = fr.FIRST_WEIGHT
    pairs = []
    wasted = [i for i in picked if not (labels[i] & ~labels[[k for k in picked if k != i]].any(axis=0)).any()]
    kept = [i for i in picked if i not in wasted]
    order = [int(i) for i in np.argsort(-text.ranking.scores, kind="stable") if full[i] and i not in picked]
    missed = [(i, float(value @ (labels[i] & ~covered))) for i in order if (labels[i] & ~covered).any()]
    for i, gain in missed:
        pairs += [(i, j, gain) for j in wasted]
    others = [i for i in order if not labels[i].any()][:near]
    for i in kept:
        pairs += [(i, j, guard) for j in others]
    return pairs


def fit_boundary(texts: Sequence[fr.Text], xs: Sequence[sp.csr_array], *, l2: float, guard: float) -> np.ndarray:
    """Logistic loss on boundary_pairs, the hand score's log an offset, every text weighing the same."""
    rise, fall, weight, offset = [], [], [], []
    start = 0
    blocks = []
    m = 0
    for text, x in zip(texts, xs):
        pairs = boundary_pairs(text, guard)
        if not pairs:
            continue
        m += 1
        log_score = np.log(np.maximum(text.ranking.scores, 1e-12))
        total = sum(w for _, _, w in pairs)
        for i, j, w in pairs:
            rise.append(start + i)
            fall.append(start + j)
            weight.append(w / total)
            offset.append(log_score[i] - log_score[j])
        blocks.append(x)
        start += x.shape[0]
    x_all = sp.vstack(blocks).tocsr()
    d = (x_all[rise] - x_all[fall]).tocsr()
    w, off = np.array(weight), np.array(offset)

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        margin = off + d @ theta
        g = -w / (1.0 + np.exp(np.clip(margin, -500, 500)))
        return (float(w @ np.logaddexp(0.0, -margin)) / m + l2 * float(theta @ theta),
                d.T @ g / m + 2 * l2 * theta)

    return minimize(objective, np.zeros(d.shape[1]), jac=True, method="L-BFGS-B").x


def chosen(text: fr.Text, log_factor: np.ndarray | None) -> list[int]:
    """The selection's sentences with the cue factor (its log given) multiplied into the hand scores."""
    return fr.selected(text, None if log_factor is None else text.ranking.scores * np.exp(log_factor))


def proxy(text: fr.Text, log_factor: np.ndarray | None) -> tuple[int, int]:
    return fr.covered_by(text, chosen(text, log_factor))


def real(text: fr.Text, model: Model | None, groups: Sequence[str]) -> list[bool]:
    """The points covered by what a reader is shown, the cue factor multiplied into rank_sentences' scores."""
    rank = textrank.rank_sentences

    def with_cues(texts, tokens, **kwargs):
        ranking = rank(texts, tokens, **kwargs)
        s = Sentences(texts, tokens, kwargs["paragraphs"], kwargs["title"], kwargs["lang"], ranking)
        return replace(ranking, scores=ranking.scores * np.exp(model.log_factor(cues_of(s, groups))))

    if model is not None:
        textrank.rank_sentences = with_cues
    try:
        shown = [s.text for s in analyze(text.body, title=text.title, max_sentences=3).sentences]
    finally:
        textrank.rank_sentences = rank
    return ek.covered_points(shown, text.points)


def loso(texts: Sequence[fr.Text], groups: Sequence[str], *, l2: float, clip: float, loss: str,
         real_scores: bool, quiet: bool = False, guard: float = 1.0, folds: int = 0) -> dict[str, list[int]]:
    """Fit on all folds but one, score the one left out, for every fold: a fold is a key-point set, or
    with `folds`, one of that many random parts of the texts (every set in every part)."""
    cue_list = [cues_of(of_text(t), groups) for t in texts]
    fold_of = [t.set if not folds else f"part {zlib.crc32((t.set + t.id).encode()) % folds}" for t in texts]
    rows: dict[str, list[int]] = {}
    for held in sorted(set(fold_of), key=fold_of.index):
        train = [k for k, f in enumerate(fold_of) if f != held]
        model = fit([texts[k] for k in train], [cue_list[k] for k in train], l2=l2, clip=clip, loss=loss, guard=guard)
        row = [0, 0, 0, 0, 0, 0]
        for k, t in enumerate(texts):
            if fold_of[k] != held:
                continue
            if real_scores:
                h, c = real(t, None, groups), real(t, model, groups)
                hand, learned = (sum(h), int(h[0])), (sum(c), int(c[0]))
            else:
                hand, learned = proxy(t, None), proxy(t, model.log_factor(cue_list[k]))
            row = [a + b for a, b in zip(row, (1, len(t.points), *hand, *learned))]
        rows[held] = row
        if not quiet:
            print(f"{held:<20}{row[0]:>6}{row[1]:>7}{row[2]:>7}/{row[3]:<4}{row[4]:>7}/{row[5]:<4}"
                  f"  ({len(model.vocab)} lexical cues)", flush=True)
    return rows


def show(texts: Sequence[fr.Text], groups: Sequence[str], *, l2: float, clip: float, loss: str, guard: float) -> None:
    """The model fitted on all sets: its strongest cues, and the points it covers on the data it was fitted on."""
    cue_list = [cues_of(of_text(t), groups) for t in texts]
    model = fit(texts, cue_list, l2=l2, clip=clip, loss=loss, guard=guard)
    names = list(DENSE) + sorted(model.vocab, key=model.vocab.get)
    order = np.argsort(-np.abs(model.weights), kind="stable")[:30]
    print("strongest cues: " + ", ".join(f"{names[k]} {model.weights[k]:+.2f}" for k in order))
    hand = [proxy(t, None) for t in texts]
    learned = [proxy(t, model.log_factor(c)) for t, c in zip(texts, cue_list)]
    print(f"in sample: hand {sum(h[0] for h in hand)}/{sum(h[1] for h in hand)}, "
          f"learned {sum(x[0] for x in learned)}/{sum(x[1] for x in learned)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--groups", default=",".join(GROUPS), help="cue groups: " + ", ".join(GROUPS))
    parser.add_argument("--l2", type=float, default=0.03, help="L2 penalty per weight")
    parser.add_argument("--clip", type=float, default=1.0, help="the cue factor's log is clipped to ±clip")
    parser.add_argument("--loss", choices=("boundary", "listwise", "pairwise"), default="boundary")
    parser.add_argument("--real", action="store_true", help="score each fold through summarizer.analyze")
    parser.add_argument("--guard", type=float, default=1.0, help="boundary loss: weight of the pairs that keep a right pick")
    parser.add_argument("--folds", type=int, default=0,
                        help="instead of leaving one set out, leave out each of this many random parts of the texts")
    parser.add_argument("--show", action="store_true",
                        help="instead: fit on all sets, print the strongest cues and the in-sample points")
    parser.add_argument("--noise", type=float, default=0.0,
                        help="instead: the points left when each score is multiplied by exp(N(0, noise)), 20 draws")
    args = parser.parse_args()
    texts = fr.load()
    if not texts[0].tokens:  # a cache written before fit_ranker kept the tokens
        texts = fr.load(refresh=True)
    if args.noise:
        rng = np.random.default_rng(0)
        draws = [sum(proxy(t, rng.normal(0.0, args.noise, len(t.sentences)))[0] for t in texts) for _ in range(20)]
        print(f"hand {sum(proxy(t, None)[0] for t in texts)}; with noise of sd {args.noise}: median "
              f"{np.median(draws):.0f} (min {min(draws)}, max {max(draws)})")
        return
    groups = tuple(args.groups.split(","))
    if args.show:
        show(texts, groups, l2=args.l2, clip=args.clip, loss=args.loss, guard=args.guard)
        return
    print(f"{'set':<20}{'texts':>6}{'points':>7}{'hand':>12}{'learned':>12}")
    rows = loso(texts, groups, l2=args.l2, clip=args.clip, loss=args.loss, real_scores=args.real, guard=args.guard,
                folds=args.folds)
    total = [sum(col) for col in zip(*rows.values())]
    print(f"{'all':<20}{total[0]:>6}{total[1]:>7}{total[2]:>7}/{total[3]:<4}{total[4]:>7}/{total[5]:<4}")


if __name__ == "__main__":
    main()
