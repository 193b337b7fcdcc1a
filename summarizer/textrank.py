"""The `fast` engine: TextRank for key sentences and keywords, vectorized.

Same algorithm as textrank4zh (Mihalcea & Tarau 2004), built on sparse matrices
instead of Python loops over sentence pairs and a networkx graph:

- sentence similarity: with B the sentence x word incidence matrix, B @ B.T
  counts the shared distinct words of every pair at once; textrank4zh's
  similarity is that count over log|s_i| + log|s_j|;
- PageRank by power iteration on the row-normalized sparse matrix, with the
  same damping, dangling-node handling and stopping rule as networkx;
- keywords: PageRank on the word co-occurrence graph (adjacent content words).

`classic=True` reproduces textrank4zh's choices. The default adds what news
needs (each can be reasoned about on its own, none is tuned to a document):

- lead prior: news puts the essentials first (inverted pyramid), so PageRank's
  random jump lands on early sentences and paragraph openings more often;
- IDF-weighted cosine similarity, so words that are in every sentence
  (the company's name) stop dominating;
- length normalization: fragments and run-on sentences lose score;
- news value (summarizer.roles): a sentence that states a result or change with its
  figure (营收同比增长23%) gains, a listing of many numbers ("Q1/Q2/Q3/Q4收入增速分别为
  30.3%/44.9%/…") and an opener that states no fact ("近日，…", "公司公布2022年年报。") lose;
  headlines, subheadings, bylines and credits are never chosen, and the headline's and
  subheadings' words raise the sentences that state them;
- redundancy removal: a sentence too similar to one already chosen, repeating its
  figure, or another part of the same ；-joined statement is skipped (the last only while
  the other lines score at least a quarter of it);
- summary length adapted to the text's length, never one sentence when there are more.

Everything is a pure function of its arguments; ties are broken by position.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from summarizer import roles
from summarizer.keyword_forms_en import distinct_forms
from summarizer.keyword_units import unit_after_number
from summarizer.causes_zh import explains_figure
from summarizer.graph import classic_similarity, incidence, pagerank
from summarizer.restated import clause_restated, list_siblings
from summarizer.margin_twins import with_margin_twins
from summarizer.results_twins import TWIN_WAIT, twins
from summarizer.sentence_factors import SentenceFactors, combine, sentence_factors, weighted
from summarizer.tokenize import Token, in_dictionary, keyword_stopwords, stopwords

__all__ = ["KEYWORD_TAGS", "FastConfig", "adaptive_count",
           "content_words", "rank_keywords", "rank_sentences", "select_sentences", "text_factors"]

# textrank4zh's POS filter for keyword candidates (jieba tags); "eng" covers Latin words.
KEYWORD_TAGS = frozenset({"an", "i", "j", "l", "n", "nr", "nrfg", "ns", "nt", "nz", "t", "v", "vd", "vn", "eng"})
# Nouns are what a reader scans keywords for; verbs stay candidates at lower weight.
_NOUN_TAGS = frozenset({"n", "nr", "nrfg", "ns", "nt", "nz", "vn", "eng", "j", "l", "i"})


@dataclass(frozen=True, slots=True)
class FastConfig:
    """Knobs of the fast engine. Defaults were set from the algorithm's rationale
    and checked on whole datasets (see benchmarks/eval_rouge.py), never per document."""

    damping: float = 0.85
    tol: float = 1.0e-6
    max_iter: int = 100
    # Lead prior: personalization weight of sentence i is lead_floor + exp(-i / decay).
    lead_decay_fraction: float = 0.1  # decay = max(lead_decay_min, n * fraction)
    lead_decay_min: float = 2.0
    lead_floor: float = 0.15
    paragraph_start_bonus: float = 0.3
    # Final score = PageRank x length factor x (1 + position_weight * lead weight).
    position_weight: float = 2.0
    # Length normalization, in "units" (Han characters, or English words x 3).
    min_units: int = 12
    # English words carry less than Han characters: a line under 10 words ("Staying on the
    # Moon, however, hasn't.") rarely states the news (3% of them carry a main point, 8% of
    # all English lines, on the main-point set).
    min_units_en: int = 30
    # Past this length a line loses score (x sqrt(long_units / units)). At 50 rather than 60 a
    # short line stating one fact (a quarter's margin, a risk group) passes a 75-90-unit line
    # of outlook or background; gentler (90, 120) costs points, stricter (40, 45) gains no
    # more (docs/benchmarks.md).
    long_units: int = 50
    # Redundancy: skip a sentence whose cosine to a chosen one exceeds this.
    max_overlap: float = 0.6
    # Headline evidence: score x (1 + title_weight * cosine to the headline's words, with the
    # subheadings' words at subheading_weight).
    title_weight: float = 0.5
    subheading_weight: float = 0.5
    # News value (summarizer.roles.news_value): results with their figure up, listings and
    # lines that state no fact down.
    result_bonus: float = 1.2
    listing_factor: float = 0.5
    no_fact_factor: float = 0.2
    decision_bonus: float = 0.2
    description_factor: float = 0.3  # "公司主要从事…": who the company is, not the news
    point_bonus: float = 0.5  # an English line the writer marks as the point ("However, …", "the key …")
    # A line that states the headline's own figure ("…净利润同比增长18.6%" under a headline with 18.6%)
    # states the headline's fact: score x (1 + title_figure_bonus).
    title_figure_bonus: float = 1.0
    clause_bonus: float = 1.0  # the line stating a later clause of the headline (headline_clauses)
    # Another part of a ；-statement already shown waits until the other lines are used, but not
    # for a line scoring under this share of it ("营收…；归母净利润…；扣非…；" against an EPS listing).
    statement_defer: float = 0.25
    next_step_share: float = 1.0  # a next step's place counts as the top line's (late_steps)
    # Selection looks at the best `pool` candidates of each tier, whatever the count, so the
    # best 3 of a request for 10 are the 3 a request for 3 gets.
    pool: int = 60
    # Weights of the log-linear score (sentence_factors.FEATURES); None multiplies the factors as they are.
    weights: tuple[float, ...] | None = None


DEFAULT_CONFIG = FastConfig()
# textrank4zh.TextRank4Sentence.get_key_sentences skips sentences shorter than this.
CLASSIC_MIN_CHARS = 6


def content_words(tokens: Sequence[Token], lang: str) -> list[str]:
    """Words that carry meaning: no punctuation, no stopwords (textrank4zh's `words_no_stop_words`)."""
    stop = stopwords(lang)
    if lang == "zh":
        return [t.word for t in tokens if t.pos != "x" and t.word not in stop]
    words = []
    for t in tokens:
        if t.pos == "x":
            continue
        lower = english_base(t.word.lower())
        if lower and lower not in stop:
            words.append(lower)
    return words


_NEGATED_RE = re.compile(r"n['’]t$")
_CLITIC_RE = re.compile(r"['’](?:s|m|re|ve|ll|d)?$")


def english_base(word: str) -> str:
    """An English word without its clitic or possessive ending; "" for a negated auxiliary.

    The stopword list holds "it", "you", "do", not "it’s", "you’ll", "don’t": left whole, these
    were content words, and in a page written to its reader ("you’ll", "you’re", "I’m" in most
    lines) they tied the chattiest lines together. "Amazon’s" and "Amazon" are one word, and
    so are "the companies’" and "the companies".
    """
    if _NEGATED_RE.search(word):
        return ""  # don't, can't, won't, isn't, …: auxiliaries, all of them
    return _CLITIC_RE.sub("", word)


# English tokens carry no part of speech; a lower-case past form is most often a verb
# ("recovered", "narrowed"), weighted like a verb when keywords are ranked. -ing is left
# alone: shipping, lending and spending are what business news is about.
_EN_VERB_FORM_RE = re.compile(r"^[a-z][a-z\-]{2,}ed$")


@dataclass(frozen=True, slots=True)
class SentenceRanking:
    """Scores of all sentences plus what selection needs (cosine rows for redundancy)."""

    scores: np.ndarray
    tier: np.ndarray  # roles.FULL (can be shown), FRAGMENT (only to fill up), NEVER (title, byline, …)
    unit_rows: sp.csr_array | None  # unit tf-idf rows, None in classic mode
    numbers: tuple[frozenset[str], ...] | None = None  # distinctive numbers per sentence (fast mode)
    statements: np.ndarray | None = None  # statement number per sentence (fast mode)
    headline_fact: np.ndarray | None = None  # states the headline's figure (fast mode)
    texts: Sequence[str] = ()  # the sentences (fast mode): a clause restated word for word is the same fact

    @property
    def eligible(self) -> np.ndarray:
        return self.tier == roles.FULL


def rank_sentences(texts: Sequence[str], tokens: Sequence[Sequence[Token]], *, lang: str,
                   paragraphs: Sequence[int] | None = None, classic: bool = False,
                   title_tokens: Sequence[Token] = (), title: str | None = None,
                   config: FastConfig = DEFAULT_CONFIG) -> SentenceRanking:
    """Score every sentence; higher is more central to the text and states more news."""
    n = len(texts)
    if n == 0:
        return SentenceRanking(np.zeros(0), np.zeros(0, dtype=np.int8), None)
    word_lists = [content_words(t, lang) for t in tokens]
    counts, vocab = incidence(word_lists)
    if classic:
        lengths = np.array([len(w) for w in word_lists], dtype=float)
        scores = pagerank(classic_similarity(counts, lengths), damping=config.damping,
                          tol=config.tol, max_iter=config.max_iter)
        tier = np.where([len(t) >= CLASSIC_MIN_CHARS for t in texts], roles.FULL, roles.FRAGMENT).astype(np.int8)
        return SentenceRanking(scores, tier, None)

    factors = text_factors(texts, tokens, lang=lang, paragraphs=paragraphs, title_tokens=title_tokens,
                           title=title, config=config, words=(word_lists, counts, vocab))
    found = factors.roles
    scores = combine(factors) if config.weights is None else weighted(factors, config.weights)
    return SentenceRanking(scores, found.tier, factors.rows, found.numbers, found.statements,
                           factors.states_headline, tuple(texts))


def text_factors(texts: Sequence[str], tokens: Sequence[Sequence[Token]], *, lang: str,
                 paragraphs: Sequence[int] | None = None, title_tokens: Sequence[Token] = (),
                 title: str | None = None, config: FastConfig = DEFAULT_CONFIG,
                 words: tuple[list[list[str]], sp.csr_array, dict[str, int]] | None = None) -> SentenceFactors:
    """Each factor of each sentence's score (sentence_factors), as rank_sentences computes them;
    `words` passes on the content words and their incidence when they are already known."""
    if words is None:
        word_lists = [content_words(t, lang) for t in tokens]
        words = (word_lists, *incidence(word_lists))
    word_lists, counts, vocab = words
    return sentence_factors(texts, word_lists, counts, vocab, lang=lang,
                            paragraphs=list(paragraphs) if paragraphs is not None else [0] * len(texts),
                            title_words=content_words(title_tokens, lang) if title_tokens else [],
                            title=title, config=config)


EN_FLASH_CHARS = 500  # an English text shorter than this is a flash: 2 key sentences
ZH_REPORT_SENTENCES = 10  # a short Chinese text of this many sentences is a report, not a flash


def adaptive_count(char_count: int, sentence_count: int, lang: str) -> int:
    """How many key sentences a text of this size deserves: 2 for a flash, 3-5 for an article.

    Never one when there are more: a single pick that misses the point loses everything. An English
    wire story of 7+ sentences (600-1,300 characters) carries three points, so it gets 3; so does a
    short Chinese report of ten or more sentences (a results story in short paragraphs: revenue,
    deliveries, margin), which is no flash however few its characters."""
    units = char_count if lang == "zh" else char_count / 3
    short = units < 700 and sentence_count < ZH_REPORT_SENTENCES if lang == "zh" else char_count < EN_FLASH_CHARS
    if short or sentence_count <= 6:
        wanted = 2
    elif units < 2500:
        wanted = 3
    elif units < 6000:
        wanted = 4
    else:
        wanted = 5
    return max(1, min(wanted, sentence_count))


def _order(scores: np.ndarray) -> np.ndarray:
    """Indices by descending score, ties (to 12 significant digits) by position."""
    rounded = np.round(scores / (np.abs(scores).max() or 1.0), 12)
    return np.lexsort((np.arange(len(scores)), -rounded))


def select_sentences(ranking: SentenceRanking, count: int, *, config: FastConfig = DEFAULT_CONFIG) -> list[int]:
    """Pick up to `count` sentence indices, best first, skipping near-duplicates of chosen ones.

    Fragments (too short to stand alone) are only used when the text has too few
    full sentences to fill `count`; titles, bylines and credits never. Only the best
    few candidates of each kind are considered, so a text of thousands of
    near-identical sentences costs no more than a normal one.
    """
    order = _order(ranking.scores)
    pool_size = config.pool
    pool: list[int] = []
    for wanted in (roles.FULL, roles.FRAGMENT):
        pool += [int(i) for i in order[ranking.tier[order] == wanted][:pool_size]]
    if not pool:
        return []
    similarity = None
    if ranking.unit_rows is not None:
        block = ranking.unit_rows[pool]
        similarity = (block @ block.T).toarray()
    chosen: list[int] = []  # positions in pool
    twin = with_margin_twins(ranking.texts, twins(ranking.texts))  # a second line of the period's results or margin
    restated = _restated_statements(ranking, twin)
    # Full sentences by score, then other parts of statements already shown (first those that are no twin), then fragments.
    full = [p for p in range(len(pool)) if ranking.tier[pool[p]] == roles.FULL]
    fragments = [p for p in range(len(pool)) if ranking.tier[pool[p]] != roles.FULL]
    for candidates, same_statement_ok in ((full, 0), (full, 1), (full, 2), (fragments, 2)):
        floor = 0.0  # a share of the best score held back (a part of a statement shown, a twin): wait for no less
        for position in candidates:
            if len(chosen) >= count:
                return [pool[p] for p in chosen]
            if position in chosen:
                continue
            if ranking.scores[pool[position]] < floor:
                break  # what is left is far weaker than the held-back parts: show those first
            if similarity is not None and chosen and similarity[position, chosen].max() > config.max_overlap:
                continue
            if ranking.numbers is not None and any(ranking.numbers[pool[position]] & ranking.numbers[pool[c]]
                                                   for c in chosen):
                # the same figure again: the same fact, told twice; told for its cause (causes_zh), it waits
                if not (ranking.texts and explains_figure(ranking.texts[pool[position]])):
                    continue
                if not same_statement_ok:
                    floor = max(floor, config.statement_defer * float(ranking.scores[pool[position]]))
                    continue
            if ranking.texts and any(clause_restated(ranking.texts[pool[position]], ranking.texts[pool[c]]) for c in chosen):
                continue  # a summary item's clause again in the body, word for word
            if not same_statement_ok and any(restated(pool[position], pool[c]) for c in chosen) and not (
                    ranking.headline_fact is not None and ranking.headline_fact[pool[position]]):
                # Another part of a statement already shown: only if nothing else is left, unless
                # it states the headline's figure ("营收…；归母净利润…下降23.1%" under "净利润下降23%").
                floor = max(floor, config.statement_defer * float(ranking.scores[pool[position]]))
                continue
            if same_statement_ok == 1 and any(twin(pool[position], pool[c]) for c in chosen):
                floor = max(floor, TWIN_WAIT * float(ranking.scores[pool[position]]))
                continue
            chosen.append(position)
    return [pool[p] for p in chosen]


def _restated_statements(ranking: SentenceRanking, twin: Callable[[int, int], bool]) -> Callable[[int, int], bool]:
    """Whether two sentences are parts of one statement, or of two statements that state the same figures.

    A note states its results in its digest ("事件：公司披露一季报，实现营业收入4.53亿元，同比下降25.21%；实现归母净
    利润0.53亿元…") and again in its body ("一季度公司营业收入4.53亿元…；实现归母净利润0.53亿元…"). The body's part
    on profit shares no figure with the digest's head that was shown, so it passed the same-figure test and took a
    slot: the reader saw the quarter's results twice and missed the guidance after them. Two statements that share
    a distinctive figure state one fact, and a part of either waits like another part of the statement shown; so
    do two lines of one period's revenue and profit (`twin`, summarizer.results_twins) and two labelled items of one
    numbered list (summarizer.restated).
    """
    statements, numbers = ranking.statements, ranking.numbers
    if statements is None:
        return lambda a, b: False
    if numbers is None:
        return lambda a, b: bool(statements[a] == statements[b])
    figures: dict[int, set[str]] = {}
    for i, group in enumerate(statements.tolist()):
        figures.setdefault(group, set()).update(numbers[i])

    sibling = list_siblings(ranking.texts) if ranking.texts else (lambda a, b: False)

    def same(a: int, b: int) -> bool:
        first, second = int(statements[a]), int(statements[b])
        return first == second or bool(figures[first] & figures[second]) or twin(a, b) or sibling(a, b)
    return same


_ABBREVIATION_PART_RE = re.compile(r"(?:[a-z]\.)+[a-z]")


def rank_keywords(tokens: Sequence[Sequence[Token]], *, lang: str, classic: bool = False,
                  limit: int = 10, config: FastConfig = DEFAULT_CONFIG,
                  names: frozenset[str] = frozenset()) -> list[tuple[str, float]]:
    """Keywords (and, in fast mode, key phrases of adjacent keywords), best first, scores up to 1.0.

    `names` (the reporters of the byline, bylines.byline_names) are never counted: a Chinese
    word inside one of them (王明, or 王 + 明 split by jieba) or an English name word.
    """
    stop = stopwords(lang) if classic else keyword_stopwords(lang)
    min_len = 2 if lang == "zh" else 3
    vocab: dict[str, int] = {}
    surface: dict[str, str] = {}
    tags: dict[str, str] = {}
    sequence: list[int] = []  # vertex id per content word, -1 for non-candidates, -2 between sentences
    # Words jieba's HMM made up from single characters are checked for wrong cuts (_wrong_cut).
    counts = Counter(t.word for sentence in tokens for t in sentence) if lang == "zh" and not classic else None
    for sentence in tokens:
        for at, token in enumerate(sentence):
            if token.pos == "x":
                continue
            key = token.word if lang == "zh" else english_base(token.word.lower())
            if not key or key in stop or (lang != "zh" and _ABBREVIATION_PART_RE.fullmatch(key)):
                continue  # ("u.s" of "U.S.", cut at its last dot: a fragment, never a keyword)
            if names and (token.word.lower() in names if lang != "zh" else (
                    (len(key) >= 2 or token.pos.startswith("nr")) and any(key in name for name in names))):
                continue  # a reporter's name: in every article of the paper, about none
            # Short words stay in the graph (大 + 模型 may form a phrase) but are not shown alone.
            if token.pos in KEYWORD_TAGS and (classic or not key[0].isdigit()) and not (
                    counts is not None and (_wrong_cut(key, counts[key]) or _new_high(key, sentence, at)
                                           or unit_after_number(sentence, at))):
                sequence.append(vocab.setdefault(key, len(vocab)))
                surface.setdefault(key, token.word if lang == "zh" else english_base(token.word))
                tags.setdefault(key, token.pos)
            else:
                sequence.append(-1)
        sequence.append(-2)
    if not vocab:
        return []
    ids = np.array(sequence, dtype=np.int64)
    left, right = ids[:-1], ids[1:]
    linked = (left >= 0) & (right >= 0)
    if not classic:
        linked &= left != right
    a, b = left[linked], right[linked]
    m = len(vocab)
    graph = sp.csr_array((np.ones(2 * len(a)), (np.concatenate([a, b]), np.concatenate([b, a]))), shape=(m, m))
    graph.sum_duplicates()
    if classic:
        graph.data[:] = 1.0
        personalization = None
    else:
        # Frequent nouns make better keywords than frequent verbs.
        frequency = np.bincount(ids[ids >= 0], minlength=m).astype(float)
        noun = np.array([1.0 if tags[w] in _NOUN_TAGS and not _EN_VERB_FORM_RE.search(surface[w]) else 0.3
                         for w in vocab])
        personalization = noun * np.sqrt(frequency)
    scores = pagerank(graph, damping=config.damping, personalization=personalization,
                      tol=config.tol, max_iter=config.max_iter)
    words = list(vocab)
    ranked = [(words[i], float(scores[i])) for i in _order(scores)]
    if classic:
        top = ranked[:limit]
    else:
        joined = "\n".join(("" if lang == "zh" else " ").join(t.word for t in sentence) for sentence in tokens)
        top = _with_phrases(ranked, ids, words, lang, limit, min_len, joined, tags)
        if lang != "zh":
            # An English word written once ("wrote", "tighter", "simpler") is no topic of the text: it
            # ranked only for its neighbours. Kept only to show at least three keywords.
            count = dict(zip(words, frequency.tolist()))  # the word counts of the personalization above
            recurring = [item for item in top if " " in item[0] or count.get(item[0], 2) >= 2]
            top = distinct_forms(recurring + [item for item in top if item not in recurring][:max(0, 3 - len(recurring))])
        top = top[:limit]
    best = top[0][1] if top and top[0][1] > 0 else 1.0
    return [(surface.get(word) or " ".join(surface.get(w, w) for w in word.split(" ")), round(score / best, 4))
            for word, score in top]  # ("Harlow Group", written so, not the phrase of its lower-cased keys)


def _is_zh_verb(tag: str) -> bool:
    return tag.startswith("v") and tag != "vn"


def _wrong_cut(word: str, count: int) -> bool:
    """A Chinese word jieba's HMM made up that is likely a wrong cut: used once, ending in a
    copula or particle that belongs to the next words ("收为" of 营收为), or starting or ending
    in the year, month or quarter of a period or basis ("季营" of 第3季营收, "营收季" of 营收季增)."""
    return len(word) >= 2 and (count < 2 or word[-1] in "为是了的在将年月季" or word[0] in "年月季") \
        and not in_dictionary(word)


def _new_high(word: str, sentence: Sequence[Token], at: int) -> bool:
    """"股价创新高": jieba reads 创新 (innovation) + 高, where the text says 创 + 新高 (a new high)."""
    return word == "创新" and at + 1 < len(sentence) and sentence[at + 1].word in ("高", "低", "高点", "低点")


# Single characters that close a date or period (第3季, 10月, 2024年) rather than start a noun
# (not 日 or 周: 美日 is the US and Japan, 周 a surname).
_PERIOD_CHARS = frozenset("年月季")


def _with_phrases(ranked: list[tuple[str, float]], ids: np.ndarray, words: list[str],
                  lang: str, limit: int, min_len: int, text: str, tags: dict[str, str]) -> list[tuple[str, float]]:
    """Join top words that stand next to each other at least twice (大 + 模型 -> 大模型).

    Words shorter than `min_len` are only ever shown inside a phrase.
    """
    index_of = {word: i for i, word in enumerate(words)}
    top_ids = {index_of[word] for word, _ in ranked[: limit + 2]}
    score = dict(ranked)
    pairs: dict[tuple[int, int], int] = {}
    for a, b in zip(ids[:-1].tolist(), ids[1:].tolist()):
        if a in top_ids and b in top_ids and a != b:
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
    frequency = np.bincount(ids[ids >= 0], minlength=len(words))
    joiner = "" if lang == "zh" else " "
    phrases: list[tuple[str, float]] = []
    absorbed: set[str] = set()
    used: set[int] = set()
    # Most frequent pairs first; a word joins at most one phrase, and a word that
    # mostly appears inside its phrase is shown only as the phrase.
    for (a, b), count in sorted(pairs.items(), key=lambda item: (-item[1], item[0])):
        if count < 2 or a in used or b in used:
            continue
        first, second = words[a], words[b]
        if lang == "zh" and (first in _PERIOD_CHARS or second in _PERIOD_CHARS):
            continue  # "第3季经济", "营收季增": the quarter closes a number or opens a basis, no noun
        if lang == "zh" and (_is_zh_verb(tags.get(second, "")) or _is_zh_verb(tags.get(first, ""))
                             or len(second) <= 2 and second[0] in "一二两三四五六七八九十百"):
            continue  # "地区完成", "维持远帆": a verb is no part of a term; "A股三大": a count opens one
        phrase = first + joiner + second
        # Adjacent in the word sequence is not adjacent in the text: punctuation is
        # left out of the sequence, so "危险，孩子" would give 危险孩子. The phrase
        # must be written so, at least twice.
        occurrences = _occurrences(phrase, text, lang)
        if occurrences < 2:
            continue
        used.update((a, b))
        phrases.append((phrase, max(score[first], score[second])))
        for word in (first, second):
            if 2 * occurrences >= (text.count(word) if lang == "zh" else frequency[index_of[word]]):
                absorbed.add(word)
    shortlist = ranked[: 3 * limit]
    merged = [item for item in shortlist if item[0] not in absorbed and len(item[0]) >= min_len] + phrases
    position = {word: i for i, (word, _) in enumerate(ranked)}
    return sorted(merged, key=lambda item: (-round(item[1], 12), position.get(item[0], len(position))))


def _occurrences(phrase: str, text: str, lang: str) -> int:
    """How often `phrase` is written in `text` (English: as whole words, any case)."""
    if lang == "zh":
        return text.count(phrase)
    pattern = r"(?<![\w'’-])" + re.escape(phrase) + r"(?![\w'’-])"
    return len(re.findall(pattern, text, flags=re.IGNORECASE))


def sentence_scores_for_output(scores: np.ndarray) -> np.ndarray:
    """Scores scaled so the best sentence is 1.0, rounded for stable JSON."""
    best = scores.max() if len(scores) and scores.max() > 0 else 1.0
    return np.round(scores / best, 4)

