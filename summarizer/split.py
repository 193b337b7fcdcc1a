"""Split normalized text into sentences, Chinese and English alike.

Rules that matter for news (each has a test):
- Chinese sentences end at 。！？ and also at ；, which joins independent clauses
  (营收增长30%；净利润下降5%) that a reader can take one at a time;
- closing quotes and brackets stay with the sentence they close (…感受。” is one unit);
- no split inside numbers (3.5%, 1,200), abbreviations (U.S., Inc., Dr.) or ellipses;
- a last fragment without end punctuation is kept;
- a sentence never crosses a paragraph (line) boundary, and remembers its paragraph;
- a short attribution after a closing quote (“……”汤道生称。) joins the quote;
- English sentences glued without a space where a page's paragraphs were joined
  ("…reported on Wednesday.The stabbing occurred…") are cut at the full stop;
- a short quoted name with stops inside (the “Meth. We’re on it.” campaign) is part of the
  sentence that names it, not two sentences.

Offsets refer to the text passed in (normally `normalize(text)`), so later steps
can map tokens, figures and quotes back onto the source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

__all__ = ["SentenceSpan", "split_sentences"]


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """One sentence: its text and where it sits in the normalized text."""

    text: str
    start: int
    end: int
    paragraph: int


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CLOSERS = "”’\"'）)\\]】」』》〉"

# A candidate sentence end: Chinese marks (。！？；) always; ASCII ! ? only before a space,
# a closer, a Han character or the end; a full stop only before a space or the
# end (so 3.5 and example.com never split) and never as part of an ellipsis.
_END_RE = re.compile(
    rf"(?:[。！？；]+[!?！？]*"
    rf"|[!?]+(?=[\s{_CLOSERS}{_HAN}]|$)"
    rf"|(?<![.．])\.(?![.．])(?=[{_CLOSERS}]*(?:\s|$)))"
    rf"[{_CLOSERS}]*"
)

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st vs etc inc ltd co corp plc llc cie bros fig figs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    gov gen col lt sgt capt rep sen rev hon dept est approx ave blvd rd mt ft pp vol ed eds
    e.g i.e u.s u.k u.n a.m p.m d.c u.s.a""".split()
)
# "No. 1", "nos. 3 and 4", "p. 41", "Art. 5": an abbreviation only before the number; "she kept
# telling me no. When…" ends a sentence.
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "nr", "p", "art", "para", "sec", "ch", "hal"})
# After a company suffix (Apple Inc.), and after an abbreviation that often ends a sentence
# ("…in the U.S.", "…at 6 p.m.", "…guest posts, challenges, etc."), a new sentence usually
# starts with one of these; "the U.S. Embassy", "6 p.m. Eastern Time" go on.
_COMPANY_SUFFIXES = frozenset({"inc", "ltd", "co", "corp", "plc", "llc"})
_SENTENCE_END_ABBREVIATIONS = _COMPANY_SUFFIXES | frozenset({"etc", "u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "u.s.a"})
_SENTENCE_STARTERS = frozenset(
    "The A An It Its He She They We I This That These Those But And In On At For As Its Shares".split()
)
# A dotted abbreviation has short parts (U.S., Ph.D., D.A.); a domain (wired.com) does not.
_DOTTED_ABBREVIATION_RE = re.compile(r"^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD_RE = re.compile(r"\s*([^\s]+)")
_LOWER_NEXT_RE = re.compile(r" {0,3}[a-z]")
# Attribution after a quote: short, ends the sentence, names a speaker and a verb.
_ATTRIBUTION_RE = re.compile(
    r"^[^。！？“”]{1,16}(称|说|表示|指出|认为|强调|坦言|透露|介绍|补充|回应|解释|告诉记者|感慨|直言)(道|说)?[。！？]$"
)


# An English attribution after a quote: "Forte said.", "Mary Lee, a trader, told Reuters.",
# "said Tom Hale, who chairs the group."
_ATTRIBUTION_EN_RE = re.compile(
    r"^(?:(?:[A-Z][\w'’.-]*\s){1,4}(?:said|says|added|asked|wrote|told\s[\w\s]{1,30})"
    r"|(?:said|says|added|asked|wrote)\s[A-Z][^.!?]{0,80})[.]$"
)


# A full stop glued to the next sentence ("Wednesday.The stabbing", "physician.Police arrested"): a page
# whose paragraphs were joined without a space. Only after a word of 2+ letters ending in lower case and
# before a capitalised word and a space, so "St.Louis", "Mr.Smith", "www.DearAbby.com", "3.5" and
# "U.S.Steel" stay whole.
_GLUED_STOP_RE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]+\s)")
_GLUED_WORD_RE = re.compile(r"(?:^|(?<=\s))[A-Za-z]+$")
# A short quotation ending in its own stop and followed by a lower-case word that is no speaker's
# verb or pronoun: a slogan or title named inside the sentence ("South Dakota’s viral “Meth. We’re on
# it.” awareness campaign has been…"), so its inner stops end no sentence. “It works. Really,” he said
# and “We won.” said Hale stay as they are (a quotation's pieces are cut at its stops).
_QUOTED_NAME_RE = re.compile(r"“([^“”\n]{1,40}?[.!?])” +([a-z][\w’']*)")
_SPEAKER_WORDS = frozenset(
    "said says say added adds asked asks wrote writes told tells replied recalled explained noted "
    "he she they we i it you who according".split()
)

# How far _is_false_stop looks around a full stop. Bounded so that splitting stays
# linear in the paragraph's length: searching back from the paragraph's start at every
# full stop made a long paragraph of short sentences ("Ok. Ok. …") quadratic.
_LOOK_BEHIND = 40
_LOOK_AHEAD = 80


# A broadcaster's dateline: the state's abbreviation, then the station or agency and a dash
# ("PINE VALLEY, Colo. (KXRN) — The district…"); split there, the dash and the lead are cut apart.
_DATELINE_SOURCE_AFTER_RE = re.compile(r"\s*\([A-Za-z][\w.&'\- ]{1,30}\)\s*(?:—|–|--|-)\s")
_DATELINE_MAX = 40


def _is_false_stop(paragraph: str, dot: int, after: int) -> bool:
    """True when the full stop at `dot` belongs to an abbreviation, not a sentence end."""
    if dot < _DATELINE_MAX and _DATELINE_SOURCE_AFTER_RE.match(paragraph, after):
        return True
    word_match = _WORD_BEFORE_RE.search(paragraph, max(0, dot - _LOOK_BEHIND), dot)
    next_match = _NEXT_WORD_RE.match(paragraph[after:after + _LOOK_AHEAD])
    next_word = next_match.group(1) if next_match else ""
    if next_word and (next_word[0].islower() or next_word[0] in ",;:"):
        return True  # "e.g. a", "U.S. officials" — a sentence never starts in lower case
    if not word_match:
        return False
    word = word_match.group(1)
    lower = word.lower()
    if lower in _SENTENCE_END_ABBREVIATIONS:
        return next_word not in _SENTENCE_STARTERS
    if lower in _NUMBER_ABBREVIATIONS and (next_word[:1].isdigit() or next_word[:1] == "#"):
        return True  # not before a number, "P." is still an initial: "Jonathan P. Blair"
    if lower in _ABBREVIATIONS:
        return True
    # Initials and dotted abbreviations: "J. Smith", "U.S.", "Ph.D."
    return len(word) == 1 and word.isupper() or bool(_DOTTED_ABBREVIATION_RE.match(word))


def _paragraph_ends(paragraph: str) -> list[int]:
    ends = []
    for match in _END_RE.finditer(paragraph):
        marks = match.group(0)
        if marks.startswith(".") and _is_false_stop(paragraph, match.start(), match.end()):
            continue
        if marks[0] in "!?" and _LOWER_NEXT_RE.match(paragraph, match.end()):
            continue  # "the 'a-ha!' moment": an English sentence never starts in lower case
        ends.append(match.end())
    glued = [match.end() for match in _GLUED_STOP_RE.finditer(paragraph) if _glued_end(paragraph, match.start())]
    if glued:
        ends = sorted(set(ends) | set(glued))
    # The stops inside each quoted name are found by bisection in the sorted ends, and the ends
    # filtered once: filtering every end again for each name was quadratic on a long paragraph.
    inside: set[int] = set()
    for match in _QUOTED_NAME_RE.finditer(paragraph):
        if match.group(2).lower() not in _SPEAKER_WORDS:
            inside.update(ends[bisect_right(ends, match.start()):bisect_left(ends, match.end(1) + 1)])
    if inside:
        ends = [end for end in ends if end not in inside]
    if not ends or ends[-1] < len(paragraph):
        ends.append(len(paragraph))
    return ends


def _glued_end(paragraph: str, dot: int) -> bool:
    """Whether the glued full stop at `dot` ends a sentence: the word before it is a plain word
    (letters only, after a space), not an abbreviation or part of a domain name."""
    word = _GLUED_WORD_RE.search(paragraph, max(0, dot - _LOOK_BEHIND), dot)
    return bool(word) and word.group(0).lower() not in _ABBREVIATIONS | {"www"}


def split_sentences(text: str, lang: str | None = None) -> list[SentenceSpan]:
    """Split `text` (already normalized) into sentences, in order.

    `lang` is accepted for symmetry with the other steps; the rules above work
    for Chinese, English and mixed text alike, so it does not change the result.
    """
    spans: list[SentenceSpan] = []
    paragraph_index = 0
    line_start = 0
    for line in text.split("\n"):
        if line.strip():
            cut = 0
            for end in _paragraph_ends(line):
                piece = line[cut:end]
                stripped = piece.strip()
                if stripped and any(ch.isalnum() for ch in stripped):
                    start = line_start + cut + (len(piece) - len(piece.lstrip()))
                    span = SentenceSpan(stripped, start, start + len(stripped), paragraph_index)
                    spans.append(_maybe_join_attribution(spans, span, text))
                elif stripped and spans and spans[-1].paragraph == paragraph_index:
                    # Stray marks ("……", "!!") belong to the sentence before them.
                    spans[-1] = _extend(spans[-1], line_start + cut + len(piece.rstrip()), text)
                cut = end
            paragraph_index += 1
        line_start += len(line) + 1
    return spans


def _extend(span: SentenceSpan, end: int, text: str) -> SentenceSpan:
    return SentenceSpan(text[span.start:end], span.start, end, span.paragraph)


def _maybe_join_attribution(spans: list[SentenceSpan], span: SentenceSpan, text: str) -> SentenceSpan:
    """Join “……。”汤道生称。 into one sentence so the quote keeps its speaker; and so
    “Why would they sell it at a loss?” Forte said. (an English quote ending in ? or !
    before its speaker, whose name starts with a capital)."""
    if (
        spans
        and spans[-1].paragraph == span.paragraph
        and (
            (spans[-1].text[-1] in "”」』" and _ATTRIBUTION_RE.match(span.text))
            or (spans[-1].text[-2:-1] in ("?", "!") and spans[-1].text[-1] in "”\"’'"
                and _ATTRIBUTION_EN_RE.match(span.text))
        )
    ):
        previous = spans.pop()
        return _extend(previous, span.end, text)
    return span
