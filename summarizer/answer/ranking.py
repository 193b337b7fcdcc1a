"""Ranking the candidates and deciding: the best 1-3 sentences, or an abstention."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from summarizer.answer.classifiers import unit_asked
from summarizer.answer.compare import compare
from summarizer.answer.constraints import Constraints, entity_in
from summarizer.answer.evidence import _coverage, _kind_evidence, _quotes_here
from summarizer.answer.forms import (
    asked_speaker,
    asked_topic,
    asks_cause,
    compares,
    explains,
    is_question_line,
    on_topic,
    same_direction,
    speaks,
    states_cause,
)
from summarizer.answer.metrics import COMPATIBLE, metric_spans
from summarizer.answer.question import parse_question
from summarizer.answer.elliptic import leans_on_earlier
from summarizer.answer.follow_ups import names_another
from summarizer.answer.range_span import whole_range
from summarizer.answer.results import (
    DEFAULT_THRESHOLDS,
    FOCUS_WEIGHT,
    W_BM25,
    W_COVERAGE,
    W_ENTITY,
    W_KIND,
    W_SUBJECT,
    Answer,
    AnswerSentence,
    Citation,
    Passage,
    Question,
    Term,
    Thresholds,
)
from summarizer.answer.said import says_something
from summarizer.answer.spelled_codes import spelled_out
from summarizer.answer.text import _has, _prepare, _stem, _Text, fold
from summarizer.model import Quote
from summarizer.answer.verify import (
    MAX_CHECKED,
    abstention,
    resolve_entities,
    unknown_entity,
    verify,
)
from summarizer.answer.which_ranked import place_asked, place_stated
from summarizer.answer.plain_first import plain_first

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
    sentence position, so repeated questions give the same answer. The answer repeats the
    question as the reader wrote it, not as parsed ("能告诉我…吗" and emoji are cut for parsing).
    """
    parsed = question if isinstance(question, Question) else parse_question(question)
    found = _answer(parsed, passages, thresholds)
    return found if isinstance(question, Question) else replace(found, question=question.strip())


def _answer(parsed: Question, passages: Iterable[Passage], thresholds: Thresholds) -> Answer:
    if not parsed.terms:
        return Answer(parsed.text, abstained=True, reason="no_terms", kind=parsed.kind)
    if leans_on_earlier(parsed.text):  # "那四季度呢": /ask keeps no conversation to know what it follows
        return Answer(parsed.text, abstained=True, reason="follow_up", kind=parsed.kind, missing="follow_up")
    candidates = _dedupe(passages)
    if not candidates:
        return Answer(parsed.text, abstained=True, reason="no_candidates", kind=parsed.kind)
    if compares(parsed.text):  # "A和B哪家营收更高": each subject's own figure, or nothing
        return compare(parsed, candidates, lambda text, found: answer(text, found, thresholds=thresholds))

    if parsed.constraints:
        resolved, unknown = resolve_entities(parsed.constraints, candidates)
        if unknown is not None:
            return unknown_entity(parsed, unknown)
        parsed = replace(parsed, constraints=resolved)
        candidates = _with_article_sentences(candidates, resolved, numbers_only=parsed.kind == "number")

    scored, weights = _rank(parsed, candidates, thresholds)
    eligible, reason = _eligible(parsed, scored, thresholds)
    if not eligible:
        best = scored[0]
        # "体重多少斤" with no number in 斤: the refusal names the unit (the reply says what is missing).
        unit = unit_asked(parsed.text) if reason == "no_number" and parsed.lang == "zh" else None
        return Answer(parsed.text, abstained=True, reason=reason, kind=parsed.kind, confidence=best.coverage,
                      missing="metric" if unit else None, asked=f"以“{unit}”为单位的" if unit else None)

    highlights: dict[int, tuple[int, int] | None] = {}
    if parsed.constraints:
        by_position = {(p.article_id, p.sentence_index): p.text for p in candidates}
        checked, passed = [], []
        for item in eligible[:MAX_CHECKED]:
            # Checks cost a part-of-speech pass: stop once the answer's sentences are found.
            if passed and (len(passed) >= thresholds.max_sentences
                           or item.score < passed[0].score * thresholds.follow_ratio):
                break
            result = verify(parsed, item.passage, by_position, weights)
            checked.append(result)
            if result.ok:
                passed.append(item)
                highlights[id(item)] = result.highlight
        if not passed:
            return abstention(parsed, checked, eligible[0].coverage)
        eligible = plain_first(parsed.text, passed, highlights)

    top = eligible[0]
    chosen = [top]
    for item in eligible[1:]:
        if len(chosen) >= thresholds.max_sentences:
            break
        if item.score >= top.score * thresholds.follow_ratio \
                and not names_another(parsed, top.passage.text, item.passage.text):  # not Mississippi's for Louisiana
            chosen.append(item)
    sentences = tuple(
        AnswerSentence(
            text=item.passage.text,
            citation=Citation(item.passage.title, item.passage.url, item.passage.date, item.passage.article_id),
            sentence_index=item.passage.sentence_index,
            score=round(item.score, 6),
            coverage=round(item.coverage, 6),
            highlight=whole_range(item.passage.text,
                                  highlights.get(id(item)) or _kind_evidence(item.passage, parsed, weights)[2]),
            said_by=_unnamed_speaker(item.passage) if parsed.kind in ("who", "quote") else None,
        )
        for item in chosen
    )
    return Answer(parsed.text, sentences, kind=parsed.kind, confidence=round(top.coverage, 6))


def _unnamed_speaker(passage: Passage) -> Quote | None:
    """The quote of this sentence with a speaker the sentence does not name (the words alone,
    their speaker in the next sentence), which an answer to who said them must name."""
    text = fold(passage.text)
    for quote in _quotes_here(passage):
        if quote.speaker and fold(quote.speaker) not in text:
            return quote
    return None


# Articles whose every sentence becomes a candidate when they name the entity asked about.
CONTEXT_ARTICLES = 4


def _with_article_sentences(candidates: list[Passage], constraints: Constraints,
                            numbers_only: bool = False) -> list[Passage]:
    """Add the other sentences of the best articles that name the question's entity.

    Search ranks sentences by the words they share with the question, and
    "2019Q4营业收入8.21亿元" shares few with "长青股份第四季度营收": in a chat of
    thousands of articles it falls out of the candidates. The article naming the
    company is the place to look, so all its sentences are read.
    """
    if not constraints.entities:
        return candidates
    present = {(p.article_id, p.sentence_index) for p in candidates}
    added: list[Passage] = []
    articles = 0
    seen: set[object] = set()
    for passage in candidates:
        if passage.article_id in seen or not passage.article:
            continue
        seen.add(passage.article_id)
        text = fold(" ".join((passage.title or "", *passage.article)))
        if not any(entity_in(entity, text) for entity in constraints.entities):
            continue
        articles += 1
        for index, sentence in enumerate(passage.article):
            if (passage.article_id, index) not in present and sentence.strip() and (
                    not numbers_only or any(c.isdigit() for c in sentence)) and _may_answer(sentence, constraints):
                added.append(replace(passage, text=sentence, sentence_index=index, bm25=0.0))
        if articles >= CONTEXT_ARTICLES:
            break
    return candidates + added if added else candidates


def _may_answer(sentence: str, constraints: Constraints) -> bool:
    """Worth ranking: names the metric asked about, or, with no metric asked, anything."""
    if not constraints.metric:
        return True
    return any(group in COMPATIBLE.get(constraints.metric, {constraints.metric})
               for _, _, group in metric_spans(fold(sentence)))


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
    prepared = [_prepare(_with_speakers(p) if question.kind == "quote" else p.text) for p in passages]
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


def _with_speakers(passage: Passage) -> str:
    """The sentence with the speakers of its quotes named: "她认为，“…”" is 刘晨's when the
    analysis gave the quote to 刘晨, so a question about 刘晨 finds it."""
    speakers = [q.speaker for q in _quotes_here(passage) if q.speaker and q.speaker not in passage.text]
    return " ".join((*dict.fromkeys(speakers), passage.text))


# A year written before 1900 ("从1839年照相机的发明开始") dates a "when" question's answer too.
_ANY_YEAR = re.compile(r"(?<!\d)1\d{3}\s*年|\b1\d{3}\b")
# "What did Lopez say?", "张明说了什么": words are asked, not a view ("怎么看" may be answered by a description).
_SAID_ASKED_RE = re.compile(r"\b(?:say|says|said|tell|told)\b|说了|说什么|表示了什么|称了什么", re.IGNORECASE)


def _written_as_name(term: Term, question: str) -> bool:
    """Is the term capitalised in the question ("Brightwater's"; not an acronym such as CEO): a name,
    however it was tagged?"""
    return term.text.isascii() and any(m.group()[:1].isupper() and not m.group().isupper() for m in re.finditer(
        rf"(?<![A-Za-z]){re.escape(term.text)}", question, re.IGNORECASE))


def _recency_key(date: str | None) -> tuple[int, str]:
    """Newest first: ISO dates sort as strings; a missing date sorts last."""
    if not date:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(c)) for c in date))


_CODE = re.compile(r"[a-z]+\d+[a-z]*|\d+[a-z]+")
# Periods and amounts that look like codes: q3, h1, fy24, 3q24, 2h, 1h2024, 5m, 3bn.
_PERIOD_CODE = re.compile(r"q[1-4]|h[12]|fy\d{2,4}|[1-4]q\d{0,4}|[12]h\d{0,4}|\d{2,4}q[1-4]|\d+(?:k|m|bn|b|mn|x|pct|bps?)")


def _has_code(passage: Passage, code: str) -> bool:
    text = fold(f"{passage.title or ''} {passage.text}")  # (a metric's code may be spelled out: CET1)
    return re.search(rf"(?<![a-z0-9]){re.escape(code)}(?![a-z0-9])", text) is not None or spelled_out(code, text)


_PLACE_STEMS = frozenset(_stem(w) for w in """europe european eu asia asian america american americas us usa u.s. uk
    britain british england english china chinese japan japanese germany german france french india indian italy italian
    spain spanish canada canadian mexico mexican brazil brazilian korea korean africa african australia australian""".split())


def _place_written(text: str, term: Term) -> bool:
    """"U.S." is written with dots the word stems do not keep: the folded text is searched too."""
    prepared = _prepare(text)
    return any(_has(prepared, alt) or re.search(rf"(?<![a-z]){re.escape(alt)}(?![a-z])", prepared.folded)
               for alt in term.alternatives)


def _eligible(question: Question, scored: list[_Scored], th: Thresholds) -> tuple[list[_Scored], str]:
    """The passages good enough to show, best first, and the reason when there are none."""
    constraints = question.constraints
    # A question that names its entity and its metric is checked number by
    # number against them (`verify`): a sentence that passes needs fewer shared words.
    strong = bool(constraints.entities and constraints.metric)
    floor = min(th.min_coverage, th.constrained_coverage) if strong else th.min_coverage
    passing = [s for s in scored if s.coverage >= floor]
    if not passing:
        return [], "below_threshold"
    if question.entities:
        passing = [s for s in passing if s.names > 0]
        if not passing:
            return [], "no_entity"
    # "Brightwater's European sales", "the X9's price in the UK": a place the question narrows to must be written.
    places = [t for t in question.terms if t.entity and t.text in _PLACE_STEMS]
    if places:
        passing = [s for s in passing if all(_place_written(" ".join((s.passage.title or "", s.passage.text, *s.passage.article)), t)
                                             for t in places)]  # (the article may name the place once, for every line)
        if not passing:
            return [], "below_threshold"
    # "M3余额", "5G用户", "X9售价": a code of letters and digits names one thing; a sentence
    # about M2 or 4G is about something else, however many other words it shares.
    codes = [t.text for t in question.terms if not t.number and _CODE.fullmatch(t.text) and not _PERIOD_CODE.fullmatch(t.text)]
    if codes:
        passing = [s for s in passing if all(_has_code(s.passage, code) for code in codes)]
        if not passing:
            return [], "below_threshold"
    if (place := place_asked(question.text)) is not None:  # "Which company ranked first?": that place, stated
        passing = [s for s in passing if place_stated(s.passage.text, place)]
        if not passing:
            return [], "below_threshold"
    if question.kind == "who" or (question.kind == "quote" and _SAID_ASKED_RE.search(question.text)):
        # "Who is Orion's new CEO?", "What did Lopez say?": a sentence naming no one in a role and
        # quoting no one does not answer, whatever words it shares.
        passing = [s for s in passing if s.kind_evidence > 0]
        if question.kind == "quote":  # a slogan in quotation marks beside the name is not what was said
            passing = [s for s in passing if says_something(s.passage)]
        if question.kind == "who":
            # "谁领投了澜途智驾的C轮融资": a word of the question other than a name must be in the sentence
            # itself, not only in its title; the sentence naming the founder does not say who led the round.
            words = [t for t in question.terms if not t.entity and not t.number and not t.modifier
                     and not _written_as_name(t, question.text)]
            if words:
                passing = [s for s in passing if any(_has(_prepare(s.passage.text), alt)
                                                     for t in words for alt in t.alternatives)]
        if not passing:
            return [], "below_threshold"
    passing, reason = _fits_form(question, passing)
    if not passing:
        return [], reason
    if question.kind == "when":  # "电视机是哪一年发明的" is not answered by a sentence that gives no date
        passing = [s for s in passing if s.kind_evidence > 0 or _ANY_YEAR.search(s.passage.text)]  # 1839年 too
        if not passing:
            return [], "no_date"
    if question.strict_number:
        passing = [s for s in passing if s.kind_evidence > 0]
        if not passing:
            return [], "no_number"
        # "腾讯的净利润是多少" is not answered by a sentence with Tencent's revenue:
        # a number is only an answer when it is about the thing asked.
        if not constraints.metric:  # a metric is checked on the number itself
            passing = [s for s in passing if s.focus > 0]
        if not passing:
            return [], "no_focus"
    return passing, ""


def _fits_form(question: Question, passing: list[_Scored]) -> tuple[list[_Scored], str]:
    """The passages that answer the question's form (see `forms`): no question line answers, a
    why-question needs a stated cause, and a view asked of a person needs that person's words."""
    passing = [s for s in passing if not is_question_line(s.passage.text)]
    if not passing:
        return [], "below_threshold"
    if asks_cause(question.text):
        metric = question.constraints.metric
        asked = frozenset(COMPATIBLE.get(metric, {metric})) if metric else frozenset()
        passing = [s for s in passing if states_cause(s.passage.text)
                   and same_direction(question.text, s.passage.text) and explains(asked, s.passage.text)]
        if not passing:
            return [], "no_cause"
    speaker = asked_speaker(question.text)
    if speaker:
        passing = [s for s in passing if speaks(speaker, s.passage.text,
                                                tuple(q.speaker for q in _quotes_here(s.passage) if q.speaker))]
        if not passing:
            return [], "no_entity"
        # "陈启航对出海怎么看": his words on another topic are not his view on this one.
        topic = asked_topic(question.text)
        passing = [s for s in passing if on_topic(topic, s.passage.text, _before(s.passage))]
        if not passing:
            return [], "below_threshold"
    return passing, ""


def _before(passage: Passage) -> str:
    """The sentence before the passage in its article, or ''."""
    index = passage.sentence_index - 1
    return passage.article[index] if passage.article and 0 <= index < len(passage.article) else ""
