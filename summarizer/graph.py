"""The sparse-matrix graph maths under the `fast` engine (summarizer.textrank): sentence x
word incidence, the two similarity weightings, and PageRank by power iteration, kept apart
from the news rules that use them because they are plain linear algebra, checked against
networkx and textrank4zh in tests/test_textrank.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp

__all__ = ["classic_similarity", "cosine_pagerank", "incidence", "pagerank", "tfidf_rows"]


def pagerank(weights: sp.csr_array, *, damping: float = 0.85, personalization: np.ndarray | None = None,
             tol: float = 1.0e-6, max_iter: int = 100) -> np.ndarray:
    """PageRank by power iteration, matching networkx's `pagerank` on the same weights.

    Rows with no weight (dangling nodes) jump according to the personalization
    vector, as networkx does; the loop stops when the L1 change is under n * tol.
    """
    n = weights.shape[0]
    if n == 0:
        return np.zeros(0)
    out_weight = np.asarray(weights.sum(axis=1)).ravel()
    inverse = np.divide(1.0, out_weight, out=np.zeros(n), where=out_weight != 0)
    transition_t = (sp.dia_array((inverse, 0), shape=(n, n)) @ weights).T.tocsr()
    return _power_iteration(lambda x: transition_t @ x, out_weight == 0, damping=damping,
                            personalization=personalization, tol=tol, max_iter=max_iter)


def cosine_pagerank(rows: sp.csr_array, *, damping: float = 0.85, personalization: np.ndarray | None = None,
                    tol: float = 1.0e-6, max_iter: int = 100) -> np.ndarray:
    """PageRank on the graph W = rows @ rows.T without its diagonal, without building W.

    W of a long text is nearly dense (n^2 entries: 15 million, over 600 MB at the
    transient peak, for 4,000 sentences), but W @ y = rows @ (rows.T @ y) - diag(W) * y
    costs only the nonzeros of `rows`. The transition step of PageRank is
    W @ (x / out_weight) because W is symmetric, so every iteration stays linear in
    the text's length. Same result as `pagerank(W)` up to floating-point rounding.
    """
    n = rows.shape[0]
    if n == 0:
        return np.zeros(0)
    rows = rows.tocsr()
    rows_t = rows.T.tocsr()
    self_weight = np.asarray(rows.multiply(rows).sum(axis=1)).ravel()

    def times_w(y: np.ndarray) -> np.ndarray:
        return rows @ (rows_t @ y) - self_weight * y

    # A sentence is dangling when none of its words occurs in another sentence;
    # decided on the counts, not on a subtraction that leaves rounding noise.
    document_frequency = np.bincount(rows.indices, minlength=rows.shape[1])
    shared_words = sp.csr_array((document_frequency[rows.indices] > 1, rows.indices, rows.indptr),
                                shape=rows.shape)
    dangling = np.asarray(shared_words.sum(axis=1)).ravel() == 0
    out_weight = np.where(dangling, 0.0, times_w(np.ones(n)))
    inverse = np.divide(1.0, out_weight, out=np.zeros(n), where=~dangling)
    return _power_iteration(lambda x: times_w(x * inverse), dangling, damping=damping,
                            personalization=personalization, tol=tol, max_iter=max_iter)


def _power_iteration(step: Callable[[np.ndarray], np.ndarray], dangling: np.ndarray, *, damping: float,
                     personalization: np.ndarray | None, tol: float, max_iter: int) -> np.ndarray:
    n = len(dangling)
    jump = np.full(n, 1.0 / n) if personalization is None else personalization / personalization.sum()
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        previous = x
        x = damping * (step(x) + x[dangling].sum() * jump) + (1.0 - damping) * jump
        if np.abs(x - previous).sum() < n * tol:
            break
    return x


def incidence(word_lists: Sequence[Sequence[str]]) -> tuple[sp.csr_array, dict[str, int]]:
    """Sentence x word count matrix (words numbered by first appearance)."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, words in enumerate(word_lists):
        for word in words:
            cols.append(vocab.setdefault(word, len(vocab)))
            rows.append(row)
    data = np.ones(len(cols))
    matrix = sp.csr_array((data, (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))),
                          shape=(len(word_lists), max(len(vocab), 1)))
    matrix.sum_duplicates()
    return matrix, vocab


def classic_similarity(counts: sp.csr_array, lengths: np.ndarray) -> sp.csr_array:
    """textrank4zh's similarity for all pairs: |shared distinct words| / (log|s_i| + log|s_j|).

    The diagonal is kept, as textrank4zh keeps it (a self-loop in its graph).
    """
    binary = counts.copy()
    binary.data[:] = 1.0
    shared = (binary @ binary.T).tocoo()
    log_len = np.log(np.maximum(lengths, 1))
    denominator = log_len[shared.row] + log_len[shared.col]
    keep = (shared.data > 0) & (np.abs(denominator) >= 1e-12)
    data = shared.data[keep] / denominator[keep]
    n = counts.shape[0]
    return sp.csr_array((data, (shared.row[keep], shared.col[keep])), shape=(n, n))


def tfidf_rows(counts: sp.csr_array) -> sp.csr_array:
    """Unit-length rows of (1 + log tf) x idf, the basis of the fast engine's cosine."""
    n = counts.shape[0]
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1.0 + n) / (1.0 + document_frequency)) + 1.0
    weighted = counts.copy()
    weighted.data = (1.0 + np.log(weighted.data)) * idf[weighted.indices]
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros(n), where=norms != 0)
    return (sp.dia_array((inverse, 0), shape=(n, n)) @ weighted).tocsr()
