"""The search index (tables article_sentences, sentence_fts, search_term_docs, search_totals).

Storage takes terms and never makes them: SQLite's own tokenizers do not segment
Chinese, so the caller turns each sentence into space-separated terms with
`summarizer.terms.index_text` (the bot does it in its analysis worker, where
jieba's dictionary lives) and a query into terms with `summarizer.terms.search_terms`.
Both come from one function, so an index term and a query term for the same
word never differ.

Ranking is Okapi BM25 over a bounded set of candidates, using term counts kept
in step with the FTS table on every (re)index and purge.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from storage.base import StoreBase, marks, reads, writes
from storage.chats import latest_shared_url, shared_fields
from storage.errors import InvalidValue
from storage.models import SearchHit

BM25_K1 = 1.2
BM25_B = 0.75
# Candidates scored per search, as a multiple of the hits asked for (at least CANDIDATES_MIN).
CANDIDATES_PER_HIT = 4
CANDIDATES_MIN = 50
# At most this many query terms are used, the rarest ones.
MAX_QUERY_TERMS = 8
# Sentence count the terms of the last-resort OR may add up to.
TERM_BUDGET = 20000
# Rows per statement when a list of ids goes into IN (...).
CHUNK = 500


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(terms: Sequence[str], *, mode: str = "all") -> str:
    """An FTS5 MATCH expression for `terms`: AND ("all") or OR ("any").

    Each term is a quoted FTS5 string, so no user input is ever parsed as
    FTS5 syntax.
    """
    if mode not in ("any", "all"):
        raise ValueError(f"mode must be 'any' or 'all', not {mode!r}")
    if not terms:
        raise ValueError("no terms to match")
    return (" OR " if mode == "any" else " AND ").join(_quote(t) for t in terms)


def choose_terms(doc_counts: dict[str, int], *, budget: float) -> list[str]:
    """Terms for the last-resort OR of an "any" search, rarest first.

    A term found in a large share of sentences (营, 公司, 增长) would make every
    row a candidate, so terms are taken from the rarest up while their summed
    sentence counts stay within `budget`. The rarest term is always kept.
    """
    chosen: list[str] = []
    total = 0
    for count, term in sorted((c, t) for t, c in doc_counts.items() if c > 0):
        if chosen and total + count > budget:
            break
        chosen.append(term)
        total += count
    return chosen


def bm25(query_terms: Sequence[str], sentence_terms: Sequence[str], *, doc_counts: dict[str, int],
         sentences: int, average_length: float) -> float:
    """Okapi BM25 (k1 1.2, b 0.75, non-negative idf) of one indexed sentence; higher is better."""
    length = len(sentence_terms)
    frequencies: dict[str, int] = {}
    for term in sentence_terms:
        frequencies[term] = frequencies.get(term, 0) + 1
    score = 0.0
    norm = BM25_K1 * (1 - BM25_B + BM25_B * length / max(average_length, 1e-9))
    for term in query_terms:
        tf = frequencies.get(term)
        if tf:
            docs = doc_counts.get(term, 0)
            idf = math.log(1 + (sentences - docs + 0.5) / (docs + 0.5))
            score += idf * tf * (BM25_K1 + 1) / (tf + norm)
    return score


def _checked_terms(terms: Sequence[str]) -> list[str]:
    if isinstance(terms, str):
        raise TypeError("search takes a sequence of terms (summarizer.terms.search_terms), not a string")
    return list(dict.fromkeys(terms))


class SearchIndex(StoreBase):
    """Every sentence of an article, searchable within the chats that shared it."""

    @writes
    def index_sentences(self, article_id: int, sentences: Sequence[str], terms: Sequence[str]) -> int:
        """Index ALL sentences of an article, replacing an earlier index; return the count.

        `terms[i]` is `summarizer.terms.index_text(sentences[i])`: the caller splits
        the text and makes the terms (storage imports no summarizer pipeline and no
        tokenizer).
        """
        if isinstance(terms, str) or len(sentences) != len(terms):
            raise InvalidValue("one terms string per sentence")
        with self._write():
            self._require_article(article_id)
            self._uncount_terms([article_id])
            self._execute("DELETE FROM article_sentences WHERE article_id = ?", (article_id,))
            for index, (sentence, sentence_terms) in enumerate(zip(sentences, terms, strict=True)):
                rowid = self._execute(
                    "INSERT INTO article_sentences (article_id, idx, text) VALUES (?, ?, ?)",
                    (article_id, index, sentence),
                ).lastrowid
                if sentence_terms:
                    self._execute("INSERT INTO sentence_fts (rowid, terms) VALUES (?, ?)",
                                  (rowid, sentence_terms))
            self._count_terms([t for t in terms if t], +1)
        return len(sentences)

    def _count_terms(self, sentence_terms: Sequence[str], sign: int) -> None:
        """Keep search_term_docs and search_totals in step with the FTS table."""
        docs: dict[str, int] = {}
        total_terms = 0
        for terms in sentence_terms:
            words = terms.split()
            total_terms += len(words)
            for term in set(words):
                docs[term] = docs.get(term, 0) + 1
        self._conn.executemany(
            "INSERT INTO search_term_docs (term, docs) VALUES (?, ?) "
            "ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs",
            [(term, sign * n) for term, n in docs.items()])
        self._execute(
            "INSERT INTO search_totals (id, sentences, terms) VALUES (1, ?, ?) ON CONFLICT(id) "
            "DO UPDATE SET sentences = sentences + excluded.sentences, terms = terms + excluded.terms",
            (sign * len(sentence_terms), sign * total_terms))
        if sign < 0:
            self._execute("DELETE FROM search_term_docs WHERE docs <= 0")

    def _uncount_terms(self, article_ids: Sequence[int]) -> None:
        """Before sentences of these articles leave the index, uncount their terms."""
        for start in range(0, len(article_ids), CHUNK):
            chunk = article_ids[start:start + CHUNK]
            self._count_terms(self._values(
                "SELECT terms FROM sentence_fts WHERE rowid IN (SELECT id FROM article_sentences "
                f"WHERE article_id IN ({marks(chunk)}))", chunk), -1)

    @reads
    def article_sentences(self, article_id: int) -> list[str]:
        """The indexed sentences of an article, in order (context for /ask answers)."""
        return self._values("SELECT text FROM article_sentences WHERE article_id = ? ORDER BY idx",
                            (article_id,))

    @reads
    def search(self, chat_id: int, terms: Sequence[str], *, limit: int = 20, mode: str = "any",
               article_id: int | None = None) -> list[SearchHit]:
        """Sentences of this chat's articles holding the query `terms`, best BM25 first.

        `terms` are `summarizer.terms.search_terms(query)`. mode "all": every
        term must be in the sentence (/search words). mode "any": ranked retrieval
        for questions (/ask): candidates are the sentences holding all terms, then
        all but the most common one, then the two rarest together, and last each of
        the rarer terms on its own, rarest first, until there are enough; they are
        then ordered by BM25, the newest first among equals. Taking the terms one
        by one keeps every sentence of a rare name (found in a handful of
        sentences) ahead of the newest of the thousands that share a common word. An
        `article_id` narrows the search to one article. No terms (a query of only
        punctuation or stop words) returns [].

        The cost is bounded whatever the query: each step asks FTS5 for a few
        dozen newest matches (no ranking in SQL), and only those candidates are
        scored with BM25, using the stored term counts.
        """
        terms = _checked_terms(terms)
        if not terms or limit < 1:
            return []
        counts: dict[str, int] = dict(self._conn.execute(
            f"SELECT term, docs FROM search_term_docs WHERE term IN ({marks(terms)})", terms).fetchall())
        present = sorted((t for t in terms if counts.get(t)), key=lambda t: (counts[t], t))
        if not present or (mode == "all" and len(present) < len(terms)):
            return []
        if mode not in ("any", "all"):
            raise InvalidValue(f"mode must be 'any' or 'all', not {mode!r}")
        present = present[:MAX_QUERY_TERMS]
        want = max(limit * CANDIDATES_PER_HIT, CANDIDATES_MIN)
        candidates: list[int] = []
        # All terms; then without the most common one; then the two rarest together.
        k = len(present)
        sizes = [k] if mode == "all" else sorted({k, max(k - 1, 1), min(k, 2)}, reverse=True)
        expressions = [match_expression(present[:n]) for n in sizes]
        if mode == "any" and len(present) > 1:
            # The last resort takes each term on its own, rarest first: a name found
            # in three sentences must not lose its place to the newest of the
            # thousands holding a common word of the same question (三季度, revenue).
            expressions += [match_expression([term]) for term in choose_terms(
                {t: counts[t] for t in present}, budget=TERM_BUDGET)]
        for expression in expressions:
            if len(candidates) >= want:
                break
            candidates += self._newest_matches(chat_id, expression, want - len(candidates),
                                               exclude=candidates, article_id=article_id)
        return self._scored_hits(chat_id, present, candidates, counts, limit)

    def _newest_matches(self, chat_id: int, expression: str, count: int, *,
                        exclude: Sequence[int], article_id: int | None) -> list[int]:
        """Rowids of the chat's newest sentences matching `expression` (FTS5 streams them)."""
        sql = ["SELECT f.rowid FROM sentence_fts f JOIN article_sentences s ON s.id = f.rowid",
               "WHERE sentence_fts MATCH ? AND EXISTS (SELECT 1 FROM chat_articles ca",
               "WHERE ca.chat_id = ? AND ca.article_id = s.article_id)"]
        params: list[Any] = [expression, chat_id]
        if article_id is not None:
            sql.append("AND s.article_id = ?")
            params.append(article_id)
        if exclude:
            sql.append(f"AND f.rowid NOT IN ({marks(exclude)})")
            params += exclude
        sql.append("ORDER BY f.rowid DESC LIMIT ?")
        params.append(count)
        return self._values(" ".join(sql), params)

    def _scored_hits(self, chat_id: int, query_terms: Sequence[str], rowids: Sequence[int],
                     counts: dict[str, int], limit: int) -> list[SearchHit]:
        if not rowids:
            return []
        totals = self._row("SELECT sentences, terms FROM search_totals")
        sentences, total_terms = (totals["sentences"], totals["terms"]) if totals else (0, 0)
        average = total_terms / sentences if sentences else 1.0
        scores = {
            row["rowid"]: bm25(query_terms, row["terms"].split(), doc_counts=counts,
                               sentences=sentences, average_length=average)
            for row in self._rows(f"SELECT rowid, terms FROM sentence_fts WHERE rowid IN ({marks(rowids)})",
                                  rowids)
        }
        best = sorted(rowids, key=lambda r: (-scores.get(r, 0.0), -r))[:limit]
        rows = {row["id"]: row for row in self._rows(
            f"""SELECT s.id, s.article_id, s.idx, s.text, a.title, a.url, a.site, a.published,
                       a.fetched_at, (SELECT MAX(shared_at) FROM chat_articles
                                      WHERE chat_id = ? AND article_id = s.article_id) AS shared_at,
                       ({latest_shared_url("s.article_id")}) AS shared_url
                FROM article_sentences s JOIN articles a ON a.id = s.article_id
                WHERE s.id IN ({marks(best)})""", (chat_id, chat_id, *best))}
        # Each hit cites the page this chat shared (one text at two addresses is stored once).
        return [
            SearchHit(article_id=r["article_id"], sentence_index=r["idx"], text=r["text"],
                      title=r["title"], **shared_fields(r), published=r["published"],
                      fetched_at=datetime.fromisoformat(r["fetched_at"]),
                      shared_at=datetime.fromisoformat(r["shared_at"]), score=scores.get(rowid, 0.0))
            for rowid in best
            for r in [rows[rowid]]
        ]

    @reads
    def search_terms_version(self) -> str | None:
        """The version of the rules that made the index terms (`summarizer.terms.TERMS_VERSION`);
        None when not recorded (a file from before versions were kept)."""
        return self._value("SELECT terms_version FROM search_index_meta WHERE id = 1")

    @writes
    def set_search_terms_version(self, version: str) -> None:
        """Record that every indexed sentence now has terms made by `version`'s rules."""
        with self._write():
            self._table("search_index_meta").upsert({"id": 1, "terms_version": version}, pk="id")

    @reads
    def sentences_after(self, after_id: int, *, limit: int = 1000) -> list[tuple[int, str]]:
        """(sentence id, text) of stored sentences with an id above `after_id`, in id
        order: the batches in which terms made by other rules are re-made."""
        return [(row["id"], row["text"]) for row in self._rows(
            "SELECT id, text FROM article_sentences WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit))]

    @writes
    def replace_sentence_terms(self, rows: Sequence[tuple[int, str]]) -> int:
        """New terms for stored sentences, as (sentence id, terms) from `sentences_after`;
        ids no longer stored are skipped. Returns how many were replaced."""
        with self._write():
            wanted = dict(rows)
            kept: list[int] = []
            for start in range(0, len(rows), CHUNK):
                chunk = [sentence_id for sentence_id, _ in rows[start:start + CHUNK]]
                kept += self._values(f"SELECT id FROM article_sentences WHERE id IN ({marks(chunk)})", chunk)
            for start in range(0, len(kept), CHUNK):
                chunk = kept[start:start + CHUNK]
                self._count_terms(self._values(
                    f"SELECT terms FROM sentence_fts WHERE rowid IN ({marks(chunk)})", chunk), -1)
                self._execute(f"DELETE FROM sentence_fts WHERE rowid IN ({marks(chunk)})", chunk)
            fresh = [(sentence_id, wanted[sentence_id]) for sentence_id in kept if wanted[sentence_id]]
            self._conn.executemany("INSERT INTO sentence_fts (rowid, terms) VALUES (?, ?)", fresh)
            self._count_terms([terms for _, terms in fresh], +1)
        return len(kept)

    @writes
    def rebuild_search_index(self, index_texts: Callable[[Sequence[str]], Sequence[str]]) -> int:
        """Re-make the terms of every stored sentence with `index_texts` (e.g.
        `summarizer.terms.index_texts`) in this thread, after the term rules changed;
        return the count. The bot re-makes them in its worker instead
        (`sentences_after`, `replace_sentence_terms`)."""
        with self._write():
            self._execute("DELETE FROM sentence_fts")
            self._execute("DELETE FROM search_term_docs")
            self._execute("DELETE FROM search_totals")
            rows = self._rows("SELECT id, text FROM article_sentences")
            terms = index_texts([row["text"] for row in rows])
            if len(terms) != len(rows):
                raise InvalidValue("one terms string per sentence")
            indexed = [(row["id"], t) for row, t in zip(rows, terms, strict=True) if t]
            self._conn.executemany("INSERT INTO sentence_fts (rowid, terms) VALUES (?, ?)", indexed)
            self._count_terms([t for _, t in indexed], +1)
        return len(rows)
