"""Answer a question from stored sentences, extractively, or say that they do not answer it.

This is the pure half of `/ask`: retrieval (the FTS5 search scoped to one chat)
happens in `storage`/`bot`; this module gets the candidate sentences it found and

1. turns the question into content terms (`parse_question`): names from a small
   alias table (Baidu/百度…), general business words in English mapped to Chinese
   (revenue → 营收/收入), numbers, and jieba words, all folded to simplified Chinese;
2. re-ranks the candidates (`answer`): coverage of the question's terms, the
   BM25 score from the index, shared names, and, for number and quote questions,
   whether the sentence holds a figure or a quote about the question's subject.
   Recency breaks ties;
3. abstains unless the best sentence covers enough of the question. The threshold
   is a fraction of the question's content terms (see `Thresholds`), so it means
   the same thing for short and long questions; `benchmarks/eval_ask.py` calibrates it.

Nothing here guesses: every answer sentence is a stored sentence, with its source.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from summarizer.model import Figure, Quote

__all__ = [
    "Answer",
    "AnswerSentence",
    "Citation",
    "DEFAULT_THRESHOLDS",
    "Passage",
    "Question",
    "Term",
    "Thresholds",
    "answer",
    "fold",
    "parse_question",
]


# ---------------------------------------------------------------------------
# Result types


@dataclass(frozen=True, slots=True)
class Passage:
    """One candidate sentence from the index, with what is known about its article.

    `bm25` is the index's relevance, higher is better (SQLite's `bm25()` is
    negative-is-better: pass its negation). `figures` and `quotes` may hold the whole
    article's; only those with this `sentence_index` are used.
    """

    text: str
    article_id: int | str
    sentence_index: int
    title: str | None = None
    url: str | None = None
    date: str | None = None
    bm25: float = 0.0
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class Citation:
    title: str | None
    url: str | None
    date: str | None
    article_id: int | str


@dataclass(frozen=True, slots=True)
class AnswerSentence:
    """A stored sentence chosen as (part of) the answer.

    `highlight` is a (start, end) span in `text`: the key figure or quote, if any.
    """

    text: str
    citation: Citation
    sentence_index: int
    score: float
    coverage: float
    highlight: tuple[int, int] | None = None

    @property
    def highlighted(self) -> str | None:
        if self.highlight is None:
            return None
        start, end = self.highlight
        return self.text[start:end]


@dataclass(frozen=True, slots=True)
class Answer:
    """The best 1-3 sentences with citations, or an explicit abstention.

    `abstained` is True when nothing stored answers the question; `reason` then says
    why ("no_terms", "no_candidates", "below_threshold", "no_entity", "no_number").
    """

    question: str
    sentences: tuple[AnswerSentence, ...] = ()
    abstained: bool = False
    reason: str | None = None
    kind: str = "fact"  # "number", "quote", "who", "role", "when" or "fact"
    confidence: float = 0.0

    @property
    def citations(self) -> tuple[Citation, ...]:
        seen: dict[object, Citation] = {}
        for sentence in self.sentences:
            seen.setdefault(sentence.citation.article_id, sentence.citation)
        return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class Term:
    """A content term of the question and every spelling that counts as a match."""

    text: str
    alternatives: tuple[str, ...]
    entity: bool = False
    number: bool = False
    # Parts of a compound word, for partial credit when segmentation differs.
    parts: tuple[str, ...] = ()
    # An English word with no Chinese equivalent: it cannot be checked in Chinese text.
    english_only: bool = False
    # Dates in the question ("2024年", "4月") set the scene; they weigh half a word.
    weight: float = 1.0
    # The thing asked about ("净利润" in "腾讯的净利润是多少"): missing it is what
    # makes a question unanswerable, so it weighs more.
    focus: bool = False
    # Not a noun (jieba's part of speech): "最高" in "售价最高多少" is never the focus.
    modifier: bool = False
    # The word right before the question word ("增长" in "营收增长了多少"): the
    # number asked for follows it in the answer, so it anchors the highlight.
    anchor: bool = False


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    lang: str
    kind: str
    terms: tuple[Term, ...]
    strict_number: bool = False

    @property
    def entities(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.entity)

    @property
    def focus(self) -> Term | None:
        return next((t for t in self.terms if t.focus), None)

    def search_queries(self) -> tuple[str, ...]:
        """One full-text query per script: Chinese spellings, then English ones.

        A single query mixing both would let a search that keeps only its rarest
        terms drop the words that matter (an English question's rare English
        words crowding out 腾讯 and 收入). Letters-and-digits tokens (GPU, 5G, 14%)
        read the same in both, so they go in each.
        """
        chinese: dict[str, None] = {}
        english: dict[str, None] = {}
        for term in self.terms:
            for alt in (*term.alternatives, *term.parts):
                if not alt or alt == "%":
                    continue
                if _HAS_CJK.search(alt):
                    chinese.setdefault(alt, None)
                elif term.number or re.fullmatch(r"[a-z]{0,5}\d[a-z0-9.%]*|[a-z]{2,5}", alt) and (
                    alt.upper() in self.text or any(c.isdigit() for c in alt)
                ):
                    chinese.setdefault(alt, None)
                    english.setdefault(alt, None)
                elif self.lang == "en":
                    english.setdefault(alt, None)
        if self.lang == "en":
            queries = [" ".join(chinese), " ".join(english)]
        else:
            # The words as asked first: the index looks for sentences holding all of
            # them, which synonyms (营收/营业收入/营业总收入) would never satisfy together.
            asked = dict.fromkeys(t.text for t in self.terms if _HAS_CJK.search(t.text) or t.number
                                  or t.text.upper() in self.text or any(c.isdigit() for c in t.text))
            rest = [alt for alt in chinese if alt not in asked]
            queries = [" ".join(asked), " ".join(rest)]
        return tuple(dict.fromkeys(q for q in queries if q))


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When to answer. Calibrated with `benchmarks/eval_ask.py` on our question set.

    `min_coverage`: the share of the question's content terms (weighted, see
    `_coverage`) that the sentence, or its title at `title_weight`, must contain.
    """

    min_coverage: float = 0.55
    title_weight: float = 0.5
    partial_weight: float = 0.7
    # An English word with no Chinese equivalent counts this much in the denominator
    # when the sentence is Chinese: unknown, not absent.
    untranslated_weight: float = 0.35
    follow_ratio: float = 0.8  # further sentences need this share of the best score
    max_sentences: int = 3


DEFAULT_THRESHOLDS = Thresholds()

# Weights of the ranking score; coverage dominates, the rest orders near-ties.
W_COVERAGE = 1.0
W_BM25 = 0.25
W_ENTITY = 0.15
W_KIND = 0.35
W_SUBJECT = 0.2
FOCUS_WEIGHT = 2.0


# ---------------------------------------------------------------------------
# Folding and segmentation

_lock = threading.Lock()
_converter = None
_jieba_ready = False


def _opencc():
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s")
    return _converter


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Traditional -> simplified, full-width -> half-width, lower case: the form we match in."""
    text = text.translate(_FULLWIDTH)
    if _HAS_CJK.search(text):
        text = _opencc().convert(text)
    return text.lower()


_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_HAS_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _jieba():
    global _jieba_ready
    import jieba
    import jieba.posseg  # noqa: F401  (imported for side effect: posseg tokenizer)

    if not _jieba_ready:
        with _lock:
            if not _jieba_ready:
                jieba.setLogLevel(60)
                jieba.initialize()
                _jieba_ready = True
    return jieba


# ---------------------------------------------------------------------------
# The alias table (shipped as data)


@dataclass(frozen=True, slots=True)
class _Aliases:
    entity_groups: dict[str, tuple[str, ...]]  # folded name -> folded group
    terms: dict[str, tuple[str, ...]]  # folded English phrase -> folded Chinese words
    synonyms: dict[str, tuple[str, ...]]
    max_phrase_words: int
    names_longest_first: tuple[str, ...]
    # Chinese business words from `terms` and `synonyms`, longest first: found by
    # substring before jieba runs, because jieba often splits them ("智能云营收" -> 云营/收).
    vocabulary_longest_first: tuple[str, ...]


@lru_cache(maxsize=1)
def _aliases() -> _Aliases:
    raw = json.loads(resources.files("summarizer").joinpath("data/ask_aliases.json").read_text("utf-8"))
    entity_groups: dict[str, tuple[str, ...]] = {}
    for group in raw["entities"]:
        folded = tuple(dict.fromkeys(fold(name) for name in group))
        for name in folded:
            entity_groups.setdefault(name, folded)
    terms = {fold(k): tuple(fold(v) for v in vs) for k, vs in raw["terms"].items()}
    synonyms: dict[str, tuple[str, ...]] = {}
    for group in raw["synonyms"]:
        folded = tuple(fold(w) for w in group)
        for word in folded:
            synonyms[word] = tuple(dict.fromkeys((*synonyms.get(word, ()), *folded)))
    max_words = max(len(k.split()) for k in (*terms, *entity_groups))
    names = tuple(sorted(entity_groups, key=len, reverse=True))
    chinese = {w for ws in (*terms.values(), *synonyms.values()) for w in ws if _HAS_CJK.search(w) and len(w) >= 2}
    vocabulary = tuple(sorted(chinese, key=lambda w: (-len(w), w)))
    return _Aliases(entity_groups, terms, synonyms, max_words, names, vocabulary)


# ---------------------------------------------------------------------------
# Questions

_ZH_STOP = frozenset(
    """的 地 得 了 着 过 吗 呢 吧 啊 呀 么 是 为 在 有 和 与 及 或 对 把 被 给 于 以 从 到 向 将 就 都 也 还 又 而
    多少 几 几个 几家 几年 什么 啥 哪 哪些 哪个 哪家 哪里 哪儿 哪年 哪一年 谁 如何 怎么 怎样 怎么样 为什么 为何 是否 能否 可否
    可以 请问 请 一下 这 那 这个 那个 这些 那些 其 该 个 些 吗 何时 什么时候 时候 多 多大 多高 多长 多久 多远 情况 方面 关于
    说 说了 表示 认为 称 讲 提到 谈到 看法 观点 评价 怎么看 如何看待 目前 现在 我 你 他 她 它 我们 你们 他们 告诉 知道 家 位
    具体 大约 大概 左右 约 分别 一共 总共 共 到底 究竟 呢 之 其中 中 上 下 内 里 时 后 前 达到 达 为了 公司 这家 那家 文章 报道 新闻""".split()
)
_EN_STOP = frozenset(
    """a an the of to in on at by for from with about as into over under and or but if than then so
    is are was were be been being do does did done has have had having will would shall should can could may might must
    what which who whom whose when where why how much many big large fast long far
    this that these those it its it's they them their there here he she his her we our you your i me my
    say says said tell told according article news report reported reports please any some all
    also just only very more most less least up down out not no yes there's what's who's""".split()
)

_NUMBER_ZH = re.compile(r"多少|几[个家年月天次倍成点名位亿万千百十]?|百分之几|多大|多高|多长|多久|比例|占比|增速|幅度|规模")
_NUMBER_ZH_STRICT = re.compile(r"多少|几|百分之几")
_NUMBER_EN = re.compile(
    r"\bhow (much|many|big|large|fast|long|high)\b|\bwhat (percentage|percent|share|proportion)\b"
    r"|\bby how much\b|\bwhat (was|is|were|are)\b",
    re.I,
)
_NUMBER_EN_STRICT = re.compile(r"\bhow (much|many)\b|\bwhat (percentage|percent)\b|\bby how much\b", re.I)
_QUOTE_ZH = re.compile(r"说了?什么|表示了?什么|怎么说|如何评价|怎么看|如何看待|看法|观点|认为|谈到|提到")
_QUOTE_EN = re.compile(r"\bwhat did .+ (say|think)\b|\bsay about\b|\bsaid about\b|\bview on\b|\bopinion\b", re.I)
_WHO = re.compile(r"谁|哪位|\bwho\b", re.I)
_WHEN = re.compile(r"何时|什么时候|哪一?年|哪一?天|哪个月|\bwhen\b|\bwhat year\b|\bwhich year\b", re.I)
# Words that ask for a role or title: the answer holds the title, not these words.
_ROLE_CUE = re.compile(r"职位|职务|头衔|身份|\b(position|title|role|job)\b", re.I)

_NUM_TOKEN = re.compile(r"(?<![a-z0-9.])\d+(?:[.,]\d+)*\s*%?(?![a-z0-9])")
_DATE_AFTER = re.compile(r"\s*(年|月|日|号|季度)")
_EN_WORD = re.compile(r"[a-z0-9][a-z0-9.\-+&']*[a-z0-9+]|[a-z0-9]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def parse_question(question: str) -> Question:
    """Turn a question into folded content terms and a kind; pure and deterministic."""
    raw = question.strip()
    folded = fold(raw)
    cjk = len(_CJK_RUN.findall(folded))
    lang = "zh" if cjk else "en"

    strict_number = bool(_NUMBER_ZH_STRICT.search(folded) or _NUMBER_EN_STRICT.search(raw))
    if _QUOTE_ZH.search(folded) or _QUOTE_EN.search(raw):
        kind = "quote"
    elif strict_number or _NUMBER_ZH.search(folded) or _NUMBER_EN.search(raw):
        kind = "number"
    elif _ROLE_CUE.search(folded):
        kind = "role"
    elif _WHO.search(folded):
        kind = "who"
    elif _WHEN.search(folded):
        kind = "when"
    else:
        kind = "fact"

    aliases = _aliases()
    terms: list[Term] = []
    seen: set[str] = set()

    def add(term: Term) -> None:
        if term.text and term.text not in seen:
            seen.add(term.text)
            terms.append(term)

    # The words that told us the kind are cues, not content; cutting them out first
    # also keeps jieba from gluing them to a name ("张明说了什么" -> 张/明说).
    rest = _QUOTE_ZH.sub(" ", folded)
    rest = re.sub(r"说|表示|谈|讲|称", " ", rest) if kind == "quote" else rest
    rest = _NUMBER_ZH_STRICT.sub(" ", _WHO.sub(" ", _WHEN.sub(" ", _ROLE_CUE.sub(" ", rest))))
    capitalized = {
        w.lower() for w in re.findall(r"(?<![.?!]\s)(?<!^)\b[A-Z][A-Za-z0-9+&]*", raw)
    }

    # 1. Names from the alias table, longest first, masked out of the rest.
    for name in aliases.names_longest_first:
        if _contains_name(rest, name):
            group = aliases.entity_groups[name]
            add(Term(name, group, entity=True))
            rest = _mask(rest, name)

    # 2. Domain words jieba tends to split.
    for word in aliases.vocabulary_longest_first:
        if word in rest:
            add(Term(word, tuple(dict.fromkeys((word, *aliases.synonyms.get(word, ())))),
                     modifier=_is_modifier(_word_flag(word), word)))
            rest = rest.replace(word, " ")

    # 3. Numbers ("14%", "2024", "3.5").
    for match in _NUM_TOKEN.finditer(rest):
        value = match.group().replace(" ", "")
        is_date = bool(_DATE_AFTER.match(rest, match.end()) or re.fullmatch(r"(19|20)\d\d", value))
        add(Term(value, (value,), number=True, weight=0.5 if is_date else 1.0))
    rest = _NUM_TOKEN.sub(" ", rest)

    # 4. English words and phrases: glossary first (longest phrase), then the word itself.
    words = _EN_WORD.findall(rest)
    i = 0
    while i < len(words):
        matched = False
        for n in range(min(aliases.max_phrase_words, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if phrase in aliases.terms:
                add(Term(phrase, (phrase, *aliases.terms[phrase])))
                i += n
                matched = True
                break
        if matched:
            continue
        word = words[i]
        i += 1
        if word in _EN_STOP or len(word) < 2:
            continue
        stem = _stem(word)
        is_acronym = bool(re.fullmatch(r"[a-z]{2,6}\d*", word)) and word.upper() in question
        # "5G", "A13", "Q4": letters and digits read the same in every language.
        neutral = is_acronym or bool(re.search(r"\d", word))
        add(Term(stem, (stem,), entity=is_acronym or word in capitalized, english_only=not neutral))

    # 5. Chinese words (jieba), with part-of-speech to spot names.
    jieba = _jieba()
    import jieba.posseg as pseg

    for run in _CJK_RUN.findall(rest):
        for pair in pseg.cut(run):
            word, flag = pair.word, pair.flag
            if word in _ZH_STOP or len(word) < 2 and flag not in ("nr", "ns", "nt", "nz"):
                continue
            if _NUMBER_ZH.fullmatch(word):
                continue
            alternatives = (word, *aliases.synonyms.get(word, ()))
            parts = ()
            if len(word) >= 3:
                parts = tuple(
                    dict.fromkeys(p for p in jieba.cut_for_search(word) if p != word and len(p) >= 2)
                )
            entity = flag.startswith("nr") or flag in ("nt", "ns")
            add(Term(word, tuple(dict.fromkeys(alternatives)), entity=entity, parts=parts,
                     modifier=_is_modifier(flag, word)))
    terms = _mark_focus(terms, folded)
    return Question(raw, lang, kind, tuple(terms), strict_number=strict_number and kind == "number")


_CUE = re.compile(r"是多少|多少|几|是什么|什么|哪|谁|如何|怎么|是否|吗|\bhow (?:many|much)\b|\bwhat\b|\bwhich\b|\bwho\b|\bwhen\b")
_CUE_BEFORE = re.compile(r"\bhow (?:many|much)\b")
# "多少个州起诉了苹果": the thing counted is the counter word after 多少, not a content word.
_CUE_FIRST = re.compile(r"^(?:多少|几)")


def _mark_focus(terms: list[Term], folded: str) -> list[Term]:
    """Mark the question's focus: the word next to the question word.

    "腾讯的净利润是多少" asks about 净利润 (the word before 是多少); "how many
    employees…" about employees (the word after). Without a question word, the last
    word is the focus. Names and numbers are never the focus: the names are checked
    on their own.
    """
    candidates = [
        (folded.find(t.text), i) for i, t in enumerate(terms)
        if not t.entity and not t.number and not t.modifier and t.text in folded
    ]
    if not candidates:
        return terms
    candidates.sort()
    if _CUE_FIRST.match(folded):
        return terms
    cue = _CUE_BEFORE.search(folded) or _CUE.search(folded)
    terms = list(terms)
    if cue is not None:
        placed = [(folded.find(t.text), i) for i, t in enumerate(terms) if not t.number and t.text in folded]
        before = sorted(p for p in placed if p[0] < cue.start())
        if before:
            terms[before[-1][1]] = replace(terms[before[-1][1]], anchor=True)
    chosen = None
    if cue is not None and _CUE_BEFORE.fullmatch(cue.group()):
        after = [c for c in candidates if c[0] >= cue.end()]
        chosen = after[0] if after else None
    elif cue is not None:
        before = [c for c in candidates if c[0] < cue.start()]
        after = [c for c in candidates if c[0] >= cue.end()]
        chosen = before[-1] if before else (after[0] if after else None)
    if chosen is None:
        chosen = candidates[-1]
    index = chosen[1]
    terms[index] = replace(terms[index], focus=True)
    return terms


def _is_modifier(flag: str, word: str = "") -> bool:
    """Verbs, adjectives, adverbs, measure words, comparisons (同比/环比): never the focus."""
    return word in _COMPARISONS or (flag[:1] in ("a", "d", "v", "m", "q", "r", "p", "c", "u") and flag != "vn")


_COMPARISONS = frozenset("同比 环比 比去年同期 年同比 季环比".split())


@lru_cache(maxsize=4096)
def _word_flag(word: str) -> str:
    import jieba.posseg as pseg

    _jieba()
    pairs = list(pseg.cut(word))
    return pairs[0].flag if len(pairs) == 1 else "n"


def _contains_name(text: str, name: str) -> bool:
    if name.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None
    return name in text


def _mask(text: str, name: str) -> str:
    if name.isascii():
        return re.sub(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", " ", text)
    return text.replace(name, " ")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A light English stemmer: enough for "introduced"/"introduce"/"introduces" and
    plurals to meet, nothing more (no dictionary, so it never needs downloading)."""
    word = word.removesuffix("'s").removesuffix("'").removesuffix("’s")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)]
    return word


# ---------------------------------------------------------------------------
# Matching one passage


@dataclass(frozen=True, slots=True)
class _Text:
    """A text prepared for matching: folded, and its English word stems."""

    folded: str
    stems: frozenset[str]
    cjk: bool


@lru_cache(maxsize=16384)
def _prepare(text: str) -> _Text:
    folded = fold(text)
    words = _EN_WORD.findall(folded)
    # "$6.99-a-month", "disney+": the whole token and its parts both count.
    parts = [p for w in words for p in re.split(r"[\-+]", w) if p]
    stems = frozenset(_stem(w) for w in (*words, *parts))
    return _Text(folded, stems, bool(_HAS_CJK.search(folded)))


def _has(text: _Text, alternative: str) -> bool:
    stem = _word_stem(alternative)
    if stem is None:
        return alternative in text.folded
    return stem in text.stems or (text.cjk and len(alternative) >= 2 and alternative in text.folded)


@lru_cache(maxsize=8192)
def _word_stem(alternative: str) -> str | None:
    """The stem to look up for a single English word; None to match as a substring."""
    if alternative.isascii() and " " not in alternative and _ASCII_WORD.fullmatch(alternative):
        return _stem(alternative)
    return None


_ASCII_WORD = re.compile(r"[a-z0-9][a-z0-9.\-+&']*")


def _term_credit(term: Term, sentence: _Text, title: _Text | None, th: Thresholds) -> float:
    if any(_has(sentence, alt) for alt in term.alternatives):
        return 1.0
    if title is not None and any(_has(title, alt) for alt in term.alternatives):
        return th.title_weight
    if term.parts:
        found = sum(1 for part in term.parts if part in sentence.folded)
        return th.partial_weight * found / len(term.parts)
    return 0.0


def _coverage(question: Question, sentence: _Text, title: _Text | None, th: Thresholds,
              weights: Sequence[float], article_names: frozenset[int] = frozenset(),
              previous: _Text | None = None) -> tuple[float, float, float]:
    """(weighted coverage of the content terms, share of the question's names found,
    credit of the focus term).

    `article_names` are the indexes of name terms found in other candidate sentences
    of the same article: "它拥有全球最快的下载速率" is about the chip named one
    sentence earlier, so the name counts as it does in the title. Any term in the
    `previous` sentence counts the same way: it often sets the scene ("4月份，
    食品价格同比下降…" then "食品中，蛋类价格下降10.6%").
    """
    total = got = 0.0
    names = names_found = 0.0
    focus = 0.0
    for index, (term, term_weight) in enumerate(zip(question.terms, weights, strict=True)):
        credit = _term_credit(term, sentence, title, th)
        if credit < th.title_weight and (
            index in article_names
            or previous is not None and any(_has(previous, alt) for alt in term.alternatives)
        ):
            credit = th.title_weight
        if term.focus:
            focus = credit
        weight = term_weight
        if term.english_only and sentence.cjk and credit == 0.0:
            weight *= th.untranslated_weight
        total += weight
        got += credit * weight
        if term.entity:
            names += 1
            names_found += credit
    coverage = got / total if total else 0.0
    return coverage, (names_found / names if names else 1.0), (focus if question.focus else 1.0)


_UNIT = r"(?:\s?(?:billion|million|thousand|trillion|bn|m)\b)?(?:%|％|个百分点|倍|[亿億万萬千百]?(?:元|美元|港元|欧元|台|辆|輛|家|人|股|吨|噸|单|單|户|戶|件|个|個)?)?"
_NUMBER_IN_TEXT = re.compile(
    r"[$¥€£]?\d+(?:[.,]\d+)*(?:[亿億万萬千])?" + _UNIT
    + r"|[零一二两兩三四五六七八九十百千万萬亿億几幾]+(?:个百分点|個百分點|个点|個點|成|倍|亿|億|万|萬)" + _UNIT
)


def _figures_here(passage: Passage) -> list[Figure]:
    return [f for f in passage.figures if f.sentence_index == passage.sentence_index and f.text in passage.text]


def _quotes_here(passage: Passage) -> list[Quote]:
    return [q for q in passage.quotes if q.sentence_index == passage.sentence_index]


def _subject_matches(subject: str | None, question: Question) -> bool:
    if not subject:
        return False
    folded = _prepare(subject)
    return any(
        any(_has(folded, alt) or (len(alt) >= 2 and alt in folded.folded) for alt in term.alternatives)
        for term in question.terms
        if not term.number
    )


def _kind_evidence(passage: Passage, question: Question, weights: Sequence[float], *,
                   with_span: bool = True) -> tuple[float, float, tuple[int, int] | None]:
    """(does the sentence hold what the kind asks for, subject match, highlight span).

    Ranking needs only the first two for every candidate; the span (the costlier
    part) is computed for the few sentences shown.
    """
    text = passage.text
    if question.kind == "number":
        asked = fold(question.text)
        figures = [f for f in _figures_here(passage) if f.kind != "id" and fold(f.text) not in asked]
        matching = [f for f in figures if _subject_matches(f.subject, question)]
        pool = matching or [f for f in figures if f.kind == "figure"] or figures
        if pool:
            spans = sorted({(text.find(f.text), text.find(f.text) + len(f.text)) for f in pool})
            return 1.0, 1.0 if matching else 0.0, (
                _nearest_number(spans, text, question, weights) if with_span else None)
        spans = [m.span() for m in _NUMBER_IN_TEXT.finditer(text)
                 if not _is_date_like(text, m) and fold(m.group()).strip() not in asked]
        if spans:
            return 0.8, 0.0, _nearest_number(spans, passage.text, question, weights) if with_span else None
        return 0.0, 0.0, None
    if question.kind == "quote":
        quotes = _quotes_here(passage)
        for quote in quotes:
            start = text.find(quote.text)
            if start >= 0:
                speaker = quote.speaker and any(
                    quote.speaker in alt or alt in quote.speaker for t in question.terms for alt in t.alternatives
                )
                return 1.0, 1.0 if speaker else 0.0, (start, start + len(quote.text))
        marked = re.search(r"“[^”]{4,}”|「[^」]{4,}」|\"[^\"]{4,}\"", text)
        if marked:
            return 0.8, 0.0, marked.span()
        reported = _REPORTED.search(text)
        if reported:
            return 0.6, 0.0, reported.span("words")
        if re.search(r"表示|认为|称|说|指出|said|says|told", text):
            return 0.5, 0.0, None
        return 0.0, 0.0, None
    if question.kind == "when":
        date = _DATE_IN_TEXT.search(text)
        return (1.0, 0.0, date.span()) if date else (0.0, 0.0, None)
    if question.kind == "role":
        role = _ROLE_IN_TEXT.search(text)
        return (1.0, 0.0, role.span()) if role and not role.group().lower().startswith("said") else (0.0, 0.0, None)
    if question.kind == "who":
        if _quotes_here(passage) or _ROLE_IN_TEXT.search(text):
            return 0.6, 0.0, None
        return 0.0, 0.0, None
    return 0.0, 0.0, None


def _nearest_number(spans: list[tuple[int, int]], text: str, question: Question,
                    weights: Sequence[float]) -> tuple[int, int]:
    """The number that follows a question term most closely ("营收为42亿", "增长21%").

    Without extracted figures this is how we tell which of several numbers the
    question is about. Distance is divided by the term's weight, so the number after
    the rare word asked about (蛋类价格下降10.6%) beats one after a common word.
    With no term before any number, the first number wins.
    """
    folded = fold(text)

    def places(term: Term) -> list[int]:
        return [m.end() for alt in term.alternatives if alt and (not alt.isascii() or len(alt) > 2)
                for m in re.finditer(re.escape(alt), folded)]

    anchors = [(end, 1.0) for term in question.terms if term.anchor for end in places(term)]
    if not any(end <= span[0] for end, _ in anchors for span in spans):
        anchors = [(end, weight) for term, weight in zip(question.terms, weights, strict=True)
                   if not term.number for end in places(term)]

    def cost(span: tuple[int, int]) -> tuple[float, int]:
        costs = [(span[0] - end + 1) / weight for end, weight in anchors if end <= span[0] and weight > 0]
        return (min(costs) if costs else math.inf, span[0])

    return min(spans, key=cost)


# Reported speech without quotation marks: what follows "表示，" or "said that".
_REPORTED = re.compile(
    r"(?:(?:表示|认为|指出|强调|透露|坦言|直言)[，,：:]?|\b(?:said|says)(?: that)? )(?P<words>[^。！？!?.]{4,})"
)


_DATE_IN_TEXT = re.compile(
    r"(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{1,2}月份?|上周[一二三四五六日]?|本周|周[一二三四五六日]"
    r"|昨天|今天|明年|去年|今年"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, (?:19|20)\d\d)?"
    r"|\b(?:in |since |by )?(?:19|20)\d\d\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\blast (?:week|month|year)\b",
    re.I,
)


_ROLE_IN_TEXT = re.compile(
    r"CEO|CFO|总裁|董事长|创始人|负责人|主席|部长|经理|总监|院士|分析师|发言人|所长|理事长|教授"
    r"|\b(?:chief|founder|president|chairman|director|head of|analyst|spokes(?:man|woman|person)|said|says)\b",
    re.I,
)


def _is_date_like(text: str, match: re.Match[str]) -> bool:
    """Years and calendar dates ("2024", "10月", "3日") are not the figures people ask for."""
    token = match.group().strip()
    if re.fullmatch(r"(19|20)\d\d", token):
        return True
    return text[match.end() : match.end() + 1] in ("年", "月", "日", "号") and token.isdigit()


# ---------------------------------------------------------------------------
# Ranking and the answer


@dataclass(frozen=True, slots=True)
class _Scored:
    passage: Passage
    score: float
    coverage: float
    names: float
    kind_evidence: float
    focus: float = 1.0


def answer(
    question: str | Question,
    passages: Iterable[Passage],
    *,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Answer:
    """Pick the best 1-3 passages that answer `question`, or abstain.

    Deterministic: ties are broken by date (newest first), then article id and
    sentence position, so repeated questions give the same answer.
    """
    parsed = question if isinstance(question, Question) else parse_question(question)
    if not parsed.terms:
        return Answer(parsed.text, abstained=True, reason="no_terms", kind=parsed.kind)
    candidates = _dedupe(passages)
    if not candidates:
        return Answer(parsed.text, abstained=True, reason="no_candidates", kind=parsed.kind)

    scored, weights = _rank(parsed, candidates, thresholds)
    eligible, reason = _eligible(parsed, scored, thresholds)
    if not eligible:
        best = scored[0]
        return Answer(parsed.text, abstained=True, reason=reason, kind=parsed.kind, confidence=best.coverage)

    top = eligible[0]
    chosen = [top]
    for item in eligible[1:]:
        if len(chosen) >= thresholds.max_sentences:
            break
        if item.score >= top.score * thresholds.follow_ratio:
            chosen.append(item)
    sentences = tuple(
        AnswerSentence(
            text=item.passage.text,
            citation=Citation(item.passage.title, item.passage.url, item.passage.date, item.passage.article_id),
            sentence_index=item.passage.sentence_index,
            score=round(item.score, 6),
            coverage=round(item.coverage, 6),
            highlight=_kind_evidence(item.passage, parsed, weights)[2],
        )
        for item in chosen
    )
    return Answer(parsed.text, sentences, kind=parsed.kind, confidence=round(top.coverage, 6))


def _dedupe(passages: Iterable[Passage]) -> list[Passage]:
    """Drop repeated sentences (the same text stored twice, e.g. a republished article)."""
    seen: set[str] = set()
    out = []
    for passage in passages:
        key = re.sub(r"\s+", "", fold(passage.text))
        if key and key not in seen:
            seen.add(key)
            out.append(passage)
    return out


def _term_weights(question: Question, sentences: Sequence[_Text]) -> list[float]:
    """IDF of each question term over the candidate sentences.

    A word most candidates share (腾讯 in a chat about Tencent) says little about
    which sentence answers; a rare one (净利润, 失业率) says a lot, and missing it
    is what makes a question unanswerable. Smoothed so a word no candidate holds
    weighs most, and one every candidate holds still counts.
    """
    n = len(sentences)
    weights = []
    for term in question.terms:
        df = sum(1 for sentence in sentences if any(_has(sentence, alt) for alt in term.alternatives))
        weight = term.weight * math.log(1.0 + (n + 1.0) / (df + 0.5))
        weights.append(weight * FOCUS_WEIGHT if term.focus else weight)
    # A rare name would otherwise outweigh everything asked about it; names have
    # their own check (`_eligible`), so here they weigh no more than an average word.
    plain = [w for t, w in zip(question.terms, weights, strict=True) if not t.entity]
    if plain:
        cap = sum(plain) / len(plain)
        weights = [min(w, cap) if t.entity else w for t, w in zip(question.terms, weights, strict=True)]
    return weights


def _rank(question: Question, passages: Sequence[Passage],
          th: Thresholds) -> tuple[list[_Scored], list[float]]:
    """The candidates best first, and the question's term weights over them."""
    best_bm25 = max((p.bm25 for p in passages), default=0.0)
    prepared = [_prepare(p.text) for p in passages]
    weights = _term_weights(question, prepared)
    article_names: dict[object, set[int]] = {}
    for passage, sentence in zip(passages, prepared, strict=True):
        found = article_names.setdefault(passage.article_id, set())
        for index, term in enumerate(question.terms):
            if term.entity and any(_has(sentence, alt) for alt in term.alternatives):
                found.add(index)
    by_position = {(p.article_id, p.sentence_index): text for p, text in zip(passages, prepared, strict=True)}
    scored = []
    for passage, sentence in zip(passages, prepared, strict=True):
        title = _prepare(passage.title) if passage.title else None
        previous = by_position.get((passage.article_id, passage.sentence_index - 1))
        coverage, names, focus = _coverage(question, sentence, title, th, weights,
                                           frozenset(article_names[passage.article_id]), previous)
        evidence, subject, _ = _kind_evidence(passage, question, weights, with_span=False)
        bm25 = passage.bm25 / best_bm25 if best_bm25 > 0 else 0.0
        score = (
            W_COVERAGE * coverage
            + W_BM25 * bm25
            + W_ENTITY * names * (1.0 if question.entities else 0.0)
            + W_KIND * evidence
            + W_SUBJECT * subject
        )
        scored.append(_Scored(passage, score, coverage, names, evidence, focus))
    scored.sort(key=lambda s: (-round(s.score, 9), _recency_key(s.passage.date), str(s.passage.article_id),
                               s.passage.sentence_index))
    return scored, weights


def _recency_key(date: str | None) -> tuple[int, str]:
    """Newest first: ISO dates sort as strings; a missing date sorts last."""
    if not date:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(c)) for c in date))


def _eligible(question: Question, scored: list[_Scored], th: Thresholds) -> tuple[list[_Scored], str]:
    """The passages good enough to show, best first, and the reason when there are none."""
    passing = [s for s in scored if s.coverage >= th.min_coverage]
    if not passing:
        return [], "below_threshold"
    if question.entities:
        passing = [s for s in passing if s.names > 0]
        if not passing:
            return [], "no_entity"
    if question.strict_number:
        passing = [s for s in passing if s.kind_evidence > 0]
        if not passing:
            return [], "no_number"
        # "腾讯的净利润是多少" is not answered by a sentence with Tencent's revenue:
        # a number is only an answer when it is about the thing asked.
        passing = [s for s in passing if s.focus > 0]
        if not passing:
            return [], "no_focus"
    return passing, ""
