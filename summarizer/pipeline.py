"""analyze(): the one public entry point of the summarizer.

normalize -> detect language -> split sentences -> one tokenization pass ->
rank sentences and keywords (engine) -> figures and quotes -> Analysis.

Pure and thread-safe: every call builds its own state; the only shared things
are jieba's read-only dictionary and a small thread-safe token cache.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection
from dataclasses import replace

import numpy as np

from summarizer import textrank
from summarizer.boilerplate import boilerplate
from summarizer.bylines import byline_names, dateline_words
from summarizer.datelines import without_opening_place
from summarizer.errors import EmptyText, TextTooLong, UnsupportedLanguage
from summarizer.figures import extract_figures
from summarizer.interviews import Answer, answered_by, opens_on_figure, with_question
from summarizer.keyword_names_en import whole_names
from summarizer.literal import literal_starts
from summarizer.limits import ENGINES, MAX_CHARS
from summarizer.lang import SUPPORTED_LANGS, detect_lang, unsupported_lang
from summarizer.model import Analysis, Figure, Keyword, Quote, Sentence
from summarizer.normalize import normalize, strip_invisible
from summarizer.whole_words import whole_words
from summarizer import roles
from summarizer.headline_quotes import with_headline_quote
from summarizer.quotes import extract_quotes
from summarizer.readable import READABLE_CHARS
from summarizer.results_twins import states_loss_result
from summarizer.notices import notice_asides, template_words
from summarizer.page_chrome import without_glued_head
from summarizer.trim_figures import readable_with_figures
from summarizer.split import SentenceSpan, split_sentences
from summarizer.statement_parts import shown_from, shown_to
from summarizer.tokenize import tokenize_sentences, tokenize_text
from summarizer.traditional import Restorer, to_simplified

__all__ = ["ENGINES", "MAX_CHARS", "SUMMARIZER_VERSION", "analyze"]

logger = logging.getLogger(__name__)

_TABLE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
# Part of every cache key: bump it whenever the same input can give a different Analysis.
SUMMARIZER_VERSION = "117"
# The reference engines show a fixed number of sentences, as textrank4zh users do.
CLASSIC_COUNT = 3
KEYWORD_COUNT = 10
# Figures and quotes are looked for in the first this many characters of a sentence. No
# real sentence is that long (the longest of the 12,000 in the shared corpus has 471); a
# run-on "sentence" (a table or list without punctuation) could hold thousands of
# numbers, and figure extraction is not linear in their count.
FACT_SCAN_CHARS = 1_000


def analyze(text: str, *, title: str | None = None, max_sentences: int | None = None,
            lang: str | None = None, engine: str = "fast", max_chars: int = MAX_CHARS) -> Analysis:
    """Key sentences, keywords, figures and quotes of `text`.

    `max_sentences` fixes the number of key sentences (default: the summarizer's own
    length, adapted to the text for the fast engine, 3 for the reference engines);
    `Analysis.summary_length` is that default either way, so a caller that asks for
    more candidates still shows the same default summary as one that asks for none.
    `lang` ("zh"/"en") skips detection. Raises EmptyText, TextTooLong or
    UnsupportedLanguage for input that cannot be summarized.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if max_sentences is not None and max_sentences < 1:
        raise ValueError("max_sentences must be at least 1")
    if lang is not None and lang not in SUPPORTED_LANGS:
        raise ValueError(f"unsupported language {lang!r}")
    if len(text) > max_chars:
        raise TextTooLong(len(text), max_chars)
    source = normalize(text)
    if not source:
        raise EmptyText("the text is empty")
    # Even with `lang` given: a page declaring "zh" may be Japanese written with kanji.
    if foreign := unsupported_lang(source):
        raise UnsupportedLanguage(foreign)
    normalized = to_simplified(source)
    if normalized == source:
        return _analyze(normalized, title, max_sentences, lang, engine)
    # Traditional characters: the rules read the simplified form, the reader sees the source's.
    analysis = _analyze(normalized, to_simplified(title) if title else title, max_sentences, lang, engine)
    return replace(Restorer(normalized, source).analysis(analysis), title=strip_invisible(title) if title else title)


def _analyze(normalized: str, title: str | None, max_sentences: int | None, lang: str | None,
             engine: str) -> Analysis:
    lang = lang or detect_lang(normalized)
    spans = split_sentences(normalized, lang)
    if not spans:
        raise EmptyText("the text has no sentence")
    texts = tuple(span.text for span in spans)
    paragraphs = tuple(span.paragraph for span in spans)
    tokens = tokenize_sentences(texts, lang)
    outside: frozenset[int] = frozenset()  # sentences whose figures are not key figures
    clean_title = normalize(title) if title else None

    if engine == "textrank4zh":
        default_length = CLASSIC_COUNT
        chosen, scores, keywords = _rank_reference(texts, normalized, max_sentences or CLASSIC_COUNT)
        summary = chosen[:default_length]
    else:
        classic = engine == "classic"
        title_tokens = tokenize_text(clean_title, lang) if clean_title and not classic else ()
        config = textrank.DEFAULT_CONFIG
        ranking = textrank.rank_sentences(texts, tokens, lang=lang, paragraphs=paragraphs,
                                          classic=classic, title_tokens=title_tokens,
                                          title=clean_title, config=config)
        wanted = CLASSIC_COUNT if classic else textrank.adaptive_count(len(normalized), len(spans), lang)
        chosen = textrank.select_sentences(ranking, max(wanted, max_sentences or 0), config=config)
        # The default length is the summarizer's alone: every front end shows the best
        # `default_length` sentences unless the reader asks for another number.
        default_length = min(wanted, len(chosen))
        # Selection is greedy, best first: the default summary is the start of any longer one.
        summary = chosen[:default_length]
        chosen = chosen[:max_sentences] if max_sentences else summary
        scores = np.where(ranking.tier > roles.NEVER, ranking.scores, 0.0)  # a title scores nothing shown
        # A press release's About section, its safe-harbour text and a note's 风险提示 are not what the
        # article is about: their words are no keywords ("forward-looking statements", "visit").
        parts = boilerplate(texts, paragraphs)
        story = tokens if classic else tuple(
            () if aside or notice else sentence for sentence, aside, notice in zip(
                tokens, parts, notice_asides(texts, paragraphs)))
        # Nor are their numbers key figures ("$1.4 billion under management" in "About Northgate",
        # "公司拥有超过1,800名员工" under 关于星衡医疗). In Chinese not a note's 风险提示 paragraph, which
        # can run on into its EPS forecast.
        release = parts if lang == "en" else boilerplate(texts, paragraphs, risks=False)
        outside = frozenset() if classic else frozenset(i for i, part in enumerate(release) if part)
        # A table row ("| 启跃汽车 | 41236 | 86.3% |") shown as a key figure says neither what it counts nor how:
        # its header is rows away.
        outside |= frozenset(i for i, text in enumerate(texts) if not classic and _TABLE_ROW_RE.match(text))
        keywords = textrank.rank_keywords(story, lang=lang, classic=classic, limit=KEYWORD_COUNT,
                                          names=frozenset() if classic else
                                          byline_names(texts, lang) | dateline_words(texts, lang)
                                          | template_words(texts))
        if lang == "en" and not classic:  # "Bank" of the People's Bank of China: the name, or nothing
            keywords = whole_names(keywords, normalized)

    sentences = _key_sentences(spans, chosen, scores, lang, clean_title)
    # Figures rank by the default summary's sentences, however many key sentences were asked for:
    # the bot analyses once for ten (any /summary N is a cut of that) and `newsbrief summarize` for
    # the default, and both must show a text's key figures in one order.
    figures, quotes = _facts(tuple(t[:FACT_SCAN_CHARS] for t in texts), lang, _shown_parts(spans, summary, lang),
                             paragraphs, outside, clean_title)
    return Analysis(
        lang=lang,
        sentences=sentences,
        keywords=whole_words(_whole_names(keywords, quotes, normalized), normalized) if lang == "zh" else
        tuple(Keyword(word, score) for word, score in keywords),
        figures=figures,
        quotes=quotes,
        title=strip_invisible(title) if title else title,
        sentence_count=len(spans),
        char_count=len(normalized),
        engine=engine,
        version=SUMMARIZER_VERSION,
        summary_length=min(default_length, len(sentences)),
    )


def _rank_reference(texts: tuple[str, ...], normalized: str,
                    count: int) -> tuple[list[int], np.ndarray, list[tuple[str, float]]]:
    from summarizer import (
        reference,  # imports networkx and textrank4zh: only when asked for
    )

    ranked = reference.rank_sentences(texts)
    scores = np.zeros(len(texts))
    for item in ranked:
        scores[item.index] = item.weight
    eligible = [item.index for item in ranked if len(item.text) >= textrank.CLASSIC_MIN_CHARS]
    chosen = (eligible or [ranked[0].index])[:count]
    keywords = reference.rank_keywords(normalized, limit=KEYWORD_COUNT)
    best = keywords[0][1] if keywords and keywords[0][1] > 0 else 1.0
    return chosen, scores, [(word, round(score / best, 4)) for word, score in keywords]


def _shown_parts(spans: list[SentenceSpan], summary: list[int], lang: str) -> frozenset[int]:
    """The sentences the default summary shows: its own, and a part of a statement shown with one of them (the loss
    after a revenue line, `statement_parts.shown_to`), whose figures are then the key sentences' figures too."""
    texts = [span.text for span in spans]
    statement = roles.statements(texts, [span.paragraph for span in spans])
    shown = set(summary)
    parts = set(summary)
    for i in summary:
        parts.update(range(i, _shown_lines(texts, statement, i, shown, lang)[1] + 1))
    return frozenset(parts)


def _shown_lines(texts: list[str], statement: np.ndarray, i: int, shown: Collection[int], lang: str) -> tuple[int, int]:
    """The first and last sentence of the line shown for key sentence `i`: the parts of its statement shown with it."""
    cap = READABLE_CHARS.get(lang, READABLE_CHARS["en"])
    start = shown_from(texts, statement, i, shown, lang, cap)
    return start, shown_to(texts, statement, start, i, shown, lang, cap, states_loss_result)


def _key_sentences(spans: list[SentenceSpan], chosen: list[int], scores: np.ndarray,
                   lang: str, title: str | None = None) -> tuple[Sentence, ...]:
    """The chosen sentences in document order, each trimmed to a readable length.

    Shown scores never rise along the selection order (`chosen` is best first), so a
    front end that takes the best N by score takes the first N chosen, with
    redundancy already removed.
    """
    shown = textrank.sentence_scores_for_output(scores)
    ranked: dict[int, float] = {}
    ceiling = float("inf")
    for i in chosen:
        ceiling = min(float(shown[i]), ceiling - 1e-4) if ranked else float(shown[i])
        ranked[i] = round(ceiling, 4)
    result = []
    statement = roles.statements([span.text for span in spans], [span.paragraph for span in spans])
    asked = answered_by([span.text for span in spans], [span.paragraph for span in spans], lang)
    for i in sorted(ranked):
        if i in asked:  # an interview's answer is shown under its question: "大概在78%左右" alone says nothing
            text = with_question([span.text for span in spans], asked[i], i, lang,
                                 READABLE_CHARS.get(lang, READABLE_CHARS["en"]))
            result.append(Sentence(i, text, ranked[i], spans[i].paragraph, trimmed=True))
            continue
        start, end = _shown_lines([span.text for span in spans], statement, i, ranked, lang)
        whole = "".join(span.text for span in spans[start:end + 1])
        if start == 0 or spans[start - 1].paragraph != spans[start].paragraph:
            # the list marker first: "- 【…】财联社12月5日电，…" (an item of a flash stream) opens on a dateline
            whole = without_glued_head(roles.without_list_marker(whole), title)  # a headline run into the lead
            whole = roles.without_dateline(whole, lang)  # a dateline opens a paragraph, if anywhere
            whole = without_opening_place(whole, lang) if start == 0 else whole
        whole = roles.without_list_marker(whole)
        text = readable_with_figures(whole, lang)
        if text.rstrip().endswith(("；", ";")):  # a part of a statement cut at its ；: it goes on, as a trimmed line does
            text = text.rstrip()[:-1] + "…"
        result.append(Sentence(i, text, ranked[i], spans[i].paragraph, trimmed=text != whole))
    return tuple(result)


# What is left of a glued Chinese dateline in a speaker's role ("新华社北京电国家统计局新闻发言人").
_SPEAKER_DATELINE_RE = re.compile(r"^(?:新华社|中新社|中新网|人民网|央视网|本报|中央社|法新社|路透社)[^，。：:]{0,12}?[电讯]")


def _without_datelines(quote: Quote, lang: str) -> Quote:
    """"LONDON (Reuters) - …, the ONS said": the reported words and the speaker without the dateline."""
    text = roles.without_dateline(quote.text, lang) if quote.kind == "indirect" else quote.text
    speaker = _SPEAKER_DATELINE_RE.sub("", quote.speaker) if quote.speaker and lang == "zh" else quote.speaker
    return replace(quote, text=text, speaker=speaker or quote.speaker)


def _whole_names(keywords: list[tuple[str, float]], quotes: tuple[Quote, ...], text: str) -> tuple[Keyword, ...]:
    """A keyword that is only ever part of a speaker's name is shown as the name.

    jieba cuts names it does not know (陈家豪 -> 陈家 + 豪), so a person quoted all
    through an article appeared among its keywords as a fragment of their name.
    """
    names = {q.speaker for q in quotes if q.speaker and 2 <= len(q.speaker) <= 4}
    result: dict[str, float] = {}
    for word, score in keywords:
        for name in names:
            if word != name and word in name and text.count(word) == text.count(name) * name.count(word):
                word = name
                break
        if not _across_a_name(word, names, text):
            result.setdefault(word, score)
    return tuple(Keyword(word, score) for word, score in result.items())


def _across_a_name(word: str, names: set[str], text: str) -> bool:
    """"李明说" cut 李 + 明说 (and the phrase 李明说): a word that only ever starts inside a
    speaker's name, or is the name with its speech verb, is no keyword."""
    starts = list(literal_starts(word, text))
    if not starts or word in names:
        return False
    inside: set[int] = set()
    for name in names:
        if word.startswith(name) and _SPEECH_VERB_RE.match(word, len(name)):
            return True
        for start in literal_starts(name, text):
            inside.update(range(start + 1, start + len(name)))
    return all(start in inside for start in starts)


_SPEECH_VERB_RE = re.compile(r"说|称|表示|指出|认为|坦言|透露|强调|介绍")


def _unranked(figures: tuple[Figure, ...], outside: frozenset[int],
              answers: dict[int, Answer] | None = None, elliptic: frozenset[int] = frozenset()) -> tuple[Figure, ...]:
    """`figures` with those of the `outside` sentences unranked and the others ranked 1..n again.

    A figure of an interview answer that names nothing of its own ("方骏：大概在78%左右", "A: Up 4%
    on a year ago") is no key figure either: what it measures is in the question. The answer's
    label ("方骏") is no subject; nor is anything of an `elliptic` answer's first sentence, one opening on
    its number ("Roughly 20% of terminal operating costs" answers "What savings do you expect?")."""
    answers = answers or {}
    figures = tuple(replace(f, subject=None) if f.sentence_index in answers and f.subject
                    and f.subject == answers[f.sentence_index].who else f for f in figures)
    bare = {id(f) for f in figures if f.sentence_index in answers and (not f.subject or f.sentence_index in elliptic)}
    if not any(f.rank is not None and (f.sentence_index in outside or id(f) in bare) for f in figures):
        return figures
    kept = sorted((f for f in figures if f.rank is not None and f.sentence_index not in outside and id(f) not in bare),
                  key=lambda f: f.rank or 0)
    new_rank = {id(f): rank for rank, f in enumerate(kept, 1)}
    return tuple(replace(f, rank=new_rank.get(id(f))) if f.rank is not None else f for f in figures)


def _facts(texts: tuple[str, ...], lang: str, key_indices: frozenset[int],
           paragraphs: tuple[int, ...], outside: frozenset[int] = frozenset(), title: str | None = None
           ) -> tuple[tuple[Figure, ...], tuple[Quote, ...]]:
    """Figures and quotes enrich a summary; a bug in one of them must not cost the reader the summary.
    Figures of the `outside` sentences (a press release's About section, a safe-harbour text) are
    kept unranked: they are not the news."""
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    try:
        answers = answered_by(texts, paragraphs, lang)
        elliptic = frozenset(a.first for a in answers.values() if opens_on_figure(texts, a, lang))
        figures = _unranked(tuple(extract_figures(texts, lang=lang, key_indices=key_indices, title=title)), outside,
                            answers, elliptic)
    except Exception:
        logger.exception("figure extraction failed; the summary goes out without figures")
    try:
        # "LONDON (Reuters) - British inflation fell…, the ONS said": the reported words, not the dateline.
        quotes = with_headline_quote(title, tuple(_without_datelines(q, lang) for q in extract_quotes(texts, lang=lang,
                                                                                             paragraphs=paragraphs)), lang)
    except Exception:
        logger.exception("quote extraction failed; the summary goes out without quotes")
    return figures, quotes
