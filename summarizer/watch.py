"""Name matching for watchlists, feed filters and /track: is this text about that name?

An alert that fires on a passing mention is noise, and a filter that drops "Cathay"
because it contains "cat" is a bug, so the rules are strict and shared by all three:

- Text and names are folded the same way (traditional -> simplified, full-width ->
  half-width, lower case), so 寧德時代 finds 宁德时代 and CATL finds catl.
- A name widens to its company's aliases (CATL = 宁德时代) from `data/company_aliases.json`.
- Chinese is matched as a substring (Chinese has no spaces to bound a word), but an
  edge that is a Latin letter or digit must not touch another one: "CATL" never
  matches inside "CATLX", and "Intel" never inside "Intelligence".
- A text is *about* a name when the name is in the title, in the lead (outside a
  long list of companies), or mentioned at least twice.

Pure: strings in, frozen dataclasses out.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from summarizer.split import split_sentences
from summarizer.terms import fold, fold_groups, fold_table

MAX_NAME_CHARS = 40
MAX_NAMES = 50  # per chat: a watchlist, not a company register
MAX_FILTER_WORDS = 30  # per feed, include and exclude together
LEAD_SENTENCES = 2
MIN_MENTIONS = 2
# A sentence that enumerates this many items ("A、B、C、D、E") is a list: a name in it is
# a passing mention even in the lead.
LIST_ITEMS = 5

_ASCII_WORD = re.compile(r"[a-z0-9]")
_LIST_SEPARATORS = re.compile(r"、|,\s|，|;\s|；")
_FILTER_PART = re.compile(r"(include|exclude)\s*[:：]\s*(\S*)", re.IGNORECASE)
_WORD_SEPARATORS = re.compile(r"[,，、;；|]+")


@lru_cache(maxsize=1)
def _unfold_table() -> dict[str, tuple[str, ...]]:
    """Simplified character -> the traditional ones that fold to it (the fold table inverted)."""
    inverse: dict[str, list[str]] = {}
    for code, simplified in fold_table().items():
        if isinstance(simplified, str) and len(simplified) == 1 and 0x3400 <= code <= 0x9FFF:
            inverse.setdefault(simplified, []).append(chr(code))
    return {key: tuple(sorted(values)) for key, values in inverse.items()}


def spellings(folded: str) -> list[str]:
    """How a folded name may be written in unfolded text: itself, and in traditional script
    (宁德时代 -> 寧德時代, 甯德時代: one spelling per alternative character). For a coarse search
    in stored text, which is not folded; the matcher then checks what it finds."""
    table = _unfold_table()
    choices = [table.get(char, ()) for char in folded]
    widest = max((len(c) for c in choices), default=0)
    found = [folded] + ["".join(c[min(k, len(c) - 1)] if c else char for char, c in zip(folded, choices))
                        for k in range(widest)]
    return list(dict.fromkeys(found))


# A watched name shorter than this matches too much to alert on ("a", "云").
MIN_NAME_CHARS = 2


class NameRejected(ValueError):
    """A watchlist name or filter word that cannot be matched; `reason` says why."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{reason}: {name[:60]!r}")
        self.name = name
        self.reason = reason  # "empty", "too_long", "too_short", "punctuation", "too_many"


def clean_name(raw: str) -> str:
    """A name as the user meant it: outer space and quotes stripped, inner space single.

    Raises NameRejected when nothing matchable is left or it is too long to be a name.
    """
    name = " ".join(raw.split()).strip("\"'“”‘’「」『』《》")
    name = name.strip()
    if not name:
        raise NameRejected(raw, "empty")
    if len(name) > MAX_NAME_CHARS:
        raise NameRejected(name, "too_long")
    if not any(unicodedata.category(ch)[0] in "LN" for ch in name):
        raise NameRejected(name, "punctuation")
    return name


def parse_names(args: str) -> tuple[list[str], list[NameRejected]]:
    """`/watch 宁德时代 比亚迪, CATL`: the names to add, and the ones refused with why.

    Names are separated by spaces, commas or 、; a quoted name may hold spaces
    ("Li Auto"). Duplicates (after folding) are kept once, in order.
    """
    names: list[str] = []
    rejected: list[NameRejected] = []
    seen: set[str] = set()
    for token in _split_names(args):
        try:
            name = clean_name(token)
            if len(name) < MIN_NAME_CHARS:
                # "/watch a": a letter on its own is a word of every English story.
                raise NameRejected(name, "too_short")
        except NameRejected as error:
            rejected.append(error)
            continue
        key = fold(name)
        if key not in seen:
            seen.add(key)
            names.append(name)
    if not names and not rejected and args.strip():
        rejected.append(NameRejected(args.strip(), "punctuation"))  # only separators: "、、、"
    return names, rejected


def _split_names(args: str) -> list[str]:
    tokens: list[str] = []
    for quoted, bare in re.findall(r"[\"“]([^\"”]*)[\"”]|([^\s,，、;；]+)", args):
        tokens.append(quoted if quoted else bare)
    return tokens


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, tuple[str, ...]]:
    raw = json.loads(resources.files("summarizer").joinpath("data/company_aliases.json").read_text("utf-8"))
    return fold_groups(raw["companies"])


def name_forms(name: str, *, aliases: bool = True) -> tuple[str, ...]:
    """The folded spellings that count as `name`: itself, and its company's aliases."""
    key = fold(" ".join(name.split()))
    if not aliases:
        return (key,)
    return tuple(dict.fromkeys((key, *_alias_groups().get(key, ()))))


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class NameMatcher:
    """Finds one name (and its aliases) in text, with the folding and boundary rules above."""

    __slots__ = ("_pattern", "forms", "name")

    def __init__(self, name: str, *, aliases: bool = True) -> None:
        self.name = name
        self.forms = name_forms(name, aliases=aliases)
        parts = []
        for form in sorted(self.forms, key=len, reverse=True):
            left = r"(?<![a-z0-9])" if _ASCII_WORD.match(form[0]) else ""
            right = r"(?![a-z0-9])" if _ASCII_WORD.match(form[-1]) else ""
            parts.append(left + re.escape(form).replace(r"\ ", r"\s+") + right)
        self._pattern = re.compile("|".join(parts))

    def spans(self, text: str) -> list[Span]:
        """Where the name occurs in `text`, as spans of `text` itself.

        Folding keeps a character's position for everything but a few exotic
        lower-casings; when it would not, the spans are of the folded text, which is
        then still right for counting.
        """
        return [Span(m.start(), m.end()) for m in self._pattern.finditer(fold(text))]

    def found(self, text: str) -> bool:
        return self._pattern.search(fold(text)) is not None

    def maybe_in(self, folded: str) -> bool:
        """A quick test before the regex: a form occurs as a plain substring (a multi-word
        form may be spaced differently, so it always passes to the regex)."""
        return any(" " in form or form in folded for form in self.forms)

    def count_folded(self, folded: str) -> int:
        """Occurrences in text already folded with `fold`."""
        return sum(1 for _ in self._pattern.finditer(folded)) if folded else 0

    @property
    def pattern(self) -> str:
        return self._pattern.pattern


@dataclass(frozen=True, slots=True)
class Mention:
    """How a text mentions a name, and whether that makes the text about it."""

    name: str
    in_title: bool
    in_lead: bool
    count: int
    sentences: tuple[str, ...]  # the body sentences that mention it, in order

    @property
    def about(self) -> bool:
        return self.in_title or self.in_lead or self.count >= MIN_MENTIONS


def is_list_sentence(sentence: str) -> bool:
    """"宁德时代、比亚迪、亿纬锂能、国轩高科、中创新航等": an enumeration, not a statement about one."""
    return len(_LIST_SEPARATORS.findall(sentence)) >= LIST_ITEMS - 1


@dataclass(frozen=True, slots=True)
class PreparedText:
    """A title and body split and folded once, to be matched against many names."""

    title: str
    sentences: tuple[str, ...]
    folded_title: str
    folded_sentences: tuple[str, ...]
    folded_all: str
    # Mentions found so far, by name: chats watching the same name share the work.
    mentions: dict[str, Mention] = field(default_factory=dict, compare=False, hash=False)


def prepare(title: str | None, text: str, sentences: Sequence[str] | None = None) -> PreparedText:
    if sentences is None:
        sentences = [span.text for span in split_sentences(text)]
    folded = tuple(fold(s) for s in sentences)
    folded_title = fold(title or "")
    return PreparedText(title or "", tuple(sentences), folded_title, folded, "\n".join((folded_title, *folded)))


def find_mentions(matcher: NameMatcher, title: str | None, text: str = "",
                  sentences: Sequence[str] | None = None, *, prepared: PreparedText | None = None) -> Mention:
    """Count `matcher`'s name in a title and body (pass `prepared` to match many names)."""
    if prepared is None:
        prepared = prepare(title, text, sentences)
    title_hits = matcher.count_folded(prepared.folded_title)
    hits: list[str] = []
    count = title_hits
    in_lead = False
    if title_hits or matcher.count_folded(prepared.folded_all):
        for index, (sentence, folded) in enumerate(zip(prepared.sentences, prepared.folded_sentences)):
            n = matcher.count_folded(folded)
            if not n:
                continue
            count += n
            hits.append(sentence)
            if index < LEAD_SENTENCES and not is_list_sentence(sentence):
                in_lead = True
    return Mention(matcher.name, title_hits > 0, in_lead, count, tuple(hits))


class WatchlistMatcher:
    """All of a chat's names at once: one regex search tells whether a text names any of them."""

    def __init__(self, names: Sequence[str]) -> None:
        self.matchers = [matcher_for(name) for name in names]

    def about(self, prepared: PreparedText) -> list[Mention]:
        """The mentions of the names the text is about, in watchlist order."""
        found = []
        for matcher in self.matchers:
            if not matcher.maybe_in(prepared.folded_all):
                continue
            mention = prepared.mentions.get(matcher.name)
            if mention is None:
                mention = prepared.mentions[matcher.name] = find_mentions(matcher, None, prepared=prepared)
            found.append(mention)
        return [mention for mention in found if mention.about]


@lru_cache(maxsize=4096)
def matcher_for(name: str) -> NameMatcher:
    """A cached matcher: a bot matches the same watchlists against every polled item."""
    return NameMatcher(name)


def bold_spans(text: str, matcher: NameMatcher) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is_name) pieces, for a renderer to set the name in bold."""
    if len(fold(text)) != len(text):
        return [(text, False)]
    pieces: list[tuple[str, bool]] = []
    position = 0
    for span in matcher.spans(text):
        if span.start > position:
            pieces.append((text[position:span.start], False))
        pieces.append((text[span.start:span.end], True))
        position = span.end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


# ---------------------------------------------------------------- feed filters


@dataclass(frozen=True, slots=True)
class FeedFilter:
    """Keep a feed item when it has an include word (if any are set) and no exclude word."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.include and not self.exclude

    def keeps(self, title: str | None, text: str = "") -> bool:
        haystack = f"{title or ''}\n{text}"
        if any(_word_matcher(word).found(haystack) for word in self.exclude):
            return False
        return not self.include or any(_word_matcher(word).found(haystack) for word in self.include)

    def to_json(self) -> str:
        return json.dumps({"include": list(self.include), "exclude": list(self.exclude)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str | None) -> FeedFilter:
        if not raw:
            return cls()
        data = json.loads(raw)
        return cls(tuple(data.get("include", ())), tuple(data.get("exclude", ())))


@lru_cache(maxsize=4096)
def _word_matcher(word: str) -> NameMatcher:
    return NameMatcher(word, aliases=False)


def parse_filter(args: str) -> tuple[FeedFilter, list[str]]:
    """`include:储能,电池 exclude:招聘,广告` -> the filter, and what was left over.

    The leftover words (a URL, a feed number) are the caller's. `include:` with no
    words clears that side. Raises NameRejected for a word that cannot be matched
    or for more than MAX_FILTER_WORDS words.
    """
    sides: dict[str, list[str]] = {"include": [], "exclude": []}
    rest = _FILTER_PART.sub(" ", args).split()
    for side, words in _FILTER_PART.findall(args):
        for word in _WORD_SEPARATORS.split(words):
            if word:
                cleaned = clean_name(word)
                if fold(cleaned) not in {fold(w) for w in sides[side.lower()]}:
                    sides[side.lower()].append(cleaned)
    if len(sides["include"]) + len(sides["exclude"]) > MAX_FILTER_WORDS:
        raise NameRejected(args, "too_many")
    return FeedFilter(tuple(sides["include"]), tuple(sides["exclude"])), rest


def has_filter_words(args: str) -> bool:
    return _FILTER_PART.search(args) is not None

