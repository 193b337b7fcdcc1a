"""English keywords that are a part of a name: the whole name instead, or nothing.

The keyword graph ranks single words, so a story about the Federal Reserve or the People's Bank
of China showed "Federal", "Reserve", "Bank" or "People": a part of a name tells the reader
nothing, and "Bank" alone reads as some other bank. A capitalised keyword that the text writes,
in most of its capitalised occurrences, inside a longer name (a run of capitalised words, with
"of", "for", "on", "de", "the" or "&" between them: "People's Bank of China", "Reserve Bank of
Australia") is shown as a name it is written in, or in lower case as the common word the text
also writes, or not at all (`whole_names` says which). A name of the text is never cut: a
keyword mostly written whole ("Apple" beside one "Apple Inc.") or alone at least twice ("Powell"
beside "Jerome Powell") stays as it is. Pure text in, keywords out.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

__all__ = ["name_part", "opens_every_name", "whole_names"]

# A capitalised word (initial capital or all capitals, "People's", "U.S.", "AT&T"), or a word
# that joins two of them inside one name.
_CAP = r"[A-Z](?:[\w&'’-]|\.(?=[A-Za-z]))*(?:(?<=[.][A-Za-z])\.)?"
_JOIN = r"(?:of|for|on|de|du|la|the|&)"
_RUN_RE = re.compile(rf"(?<![\w'’.-]){_CAP}(?:[ \t]+(?:{_JOIN}[ \t]+)*{_CAP})*")
_WORD_RE = re.compile(r"\S+")
_CLITIC_RE = re.compile(r"['’]s?$")
_JOINS = frozenset({"of", "for", "on", "de", "du", "la", "the", "&"})
# Words that open a run of capitals without being part of the name after them.
_OPENERS = _JOINS | {"a", "an", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof"}
# Plural nouns that open a business sentence ("Shares of Harborview rose"), though the text may
# never write them in lower case.
_SENTENCE_NOUNS = frozenset({"shares", "stocks", "analysts", "investors", "officials", "traders", "economists",
                             "executives", "sales", "prices", "markets", "bonds"})
# Titles of office: they open a person's name ("Governor Alan Whitby") and are no name themselves.
_TITLES = frozenset({"chief", "deputy", "governor", "president", "commissioner", "chairman", "chairwoman", "chair",
                     "director", "minister", "secretary", "senator", "judge", "officer", "analyst", "ceo", "cfo"})
# Possessives inside names: the run goes on after them.
_NAME_POSSESSIVES = frozenset({"people's", "children's", "women's", "men's", "workers'", "veterans'", "farmers'"})
# A line in title case ("Fed Holds Rates Steady As Inflation Cools"): every word capitalised,
# so its runs are no names.
_TITLE_LINE_WORDS = 4
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]['\"’”)]?\s+|[\n:;\"“(]\s*)$")
# A run of more capitalised words than this is a heading or a list, not a name (and the stretches
# of a long run would cost time cubic in its length).
MAX_RUN_WORDS = 8
# A name is shown only when written at least this often; a part inside longer names more often
# than standing alone is a name part.
MIN_NAME_COUNT = 2
# A name written once is shown for its part up to this long ("Reserve Bank of Westmark").
MAX_NAME_WORDS = 4


def _key(word: str) -> str:
    """A word as a keyword's part compares, and as the last word of a shown name: without its
    possessive ("People's" is "People"; "South Dakota's" is shown "South Dakota")."""
    return _CLITIC_RE.sub("", word)


def _is_title_line(line: str) -> bool:
    words = [w for w in _WORD_RE.findall(line) if w.lower() not in _JOINS and re.match(r"[A-Za-z]", w)]
    return len(words) >= _TITLE_LINE_WORDS and all(w[0].isupper() for w in words)


@lru_cache(maxsize=64)
def _runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Every run of capitalised words of `text` outside title-case lines, as written. A run
    ends after an owner ("Hong Kong's | Hang Seng", "Japan's | Nikkei"), except in the few
    names built so ("People's Bank of China"); an article, a title of address or a joining
    word does not open one ("The", "Mr"), nor does a sentence's first word the text also writes
    in lower case ("Shares of Apple", "Analysts at Harwick")."""
    lower = {w.lower() for w in re.findall(r"\b[a-z][\w'’-]*", text)}
    found = []
    for line in text.splitlines():
        if _is_title_line(line):
            continue
        for match in _RUN_RE.finditer(line):
            words = match.group(0).split()
            # (Only the last characters before the run are read: a search of the whole line before it was quadratic.)
            if _SENTENCE_START_RE.search(line, max(0, match.start() - 40), match.start()) and (words[0].lower() in lower
                                                                    or words[0].lower() in _SENTENCE_NOUNS):
                words = words[1:]
            for run in _role_split(_owner_split(words)):
                while run and (run[0].lower().rstrip(".") in _OPENERS):
                    run = run[1:]
                while run and run[-1].lower() in _JOINS:
                    run = run[:-1]
                if run and len(run) <= MAX_RUN_WORDS:
                    found.append(tuple(run))
    return tuple(found)


def _role_split(runs: list[list[str]]) -> list[list[str]]:
    """A person's role ends at its "of": "Governor Alan Whitby | of the Bank of Northland",
    "Chief Executive Officer | of Harborview Bancorp" are a person and an organisation."""
    split = []
    for run in runs:
        at = next((i for i, word in enumerate(run) if word.lower() in _JOINS), None)
        if run[0].lower() in _TITLES and at is not None:
            split += [run[:at], run[at:]]
        else:
            split.append(run)
    return split


def _owner_split(words: list[str]) -> list[list[str]]:
    parts: list[list[str]] = [[]]
    for word in words:
        parts[-1].append(word)
        if _CLITIC_RE.search(word) and word.lower().replace("’", "'") not in _NAME_POSSESSIVES:
            parts.append([])
    return [part for part in parts if part]


def _count_in(needle: tuple[str, ...], run: tuple[str, ...]) -> int:
    size = len(needle)
    return sum(1 for i in range(len(run) - size + 1) if tuple(_key(w) for w in run[i:i + size]) == needle)


def _longer_names(needle: tuple[str, ...], runs: tuple[tuple[str, ...], ...]) -> Counter[str]:
    """The longer names written around `needle`, each as often as written: every stretch of a
    run that holds it, begins and ends on a capitalised word, and is longer than it."""
    names: Counter[str] = Counter()
    size = len(needle)
    for run in runs:
        keys = tuple(_key(w) for w in run)
        for start in range(len(run)):
            for end in range(start + size + 1, len(run) + 1):
                if run[start].lower() in _JOINS or run[end - 1].lower() in _JOINS:
                    continue
                if any(keys[i:i + size] == needle for i in range(start, end - size + 1)):
                    names[" ".join((*run[start:end - 1], keys[end - 1]))] += 1
    return names


def _parts(keyword: str) -> tuple[str, ...] | None:
    words = tuple(keyword.split())
    if not words or not all(w[:1].isupper() for w in words):
        return None
    return words


def name_part(keyword: str, text: str) -> bool:
    """Is `keyword` written, in most of its capitalised occurrences, inside a longer name?"""
    needle = _parts(keyword)
    if needle is None:
        return False
    alone = inside = 0
    for run in _runs(text):
        found = _count_in(needle, run)
        if found and len(run) > len(needle):
            inside += found
        elif found:
            alone += found
    # (A surname or a short form written alone, "Powell" beside "Jerome Powell", is a name itself.)
    return inside > alone and alone < MIN_NAME_COUNT


def _as_written(keyword: str, text: str) -> str:
    """A phrase keyword the text never writes so, as the text writes it most often: its words'
    cases were each word's first ("reserve" of "reserve ratio" made "Federal reserve")."""
    if " " not in keyword:
        return keyword
    pattern = rf"(?<![\w'’-]){re.escape(keyword)}(?![\w'’-])"
    written = Counter(re.findall(pattern, text, flags=re.IGNORECASE))
    if not written or keyword in written:  # ("heat pump" stays, though a sentence opens "Heat pump")
        return keyword
    return max(written.items(), key=lambda item: item[1])[0]


def opens_every_name(word: str, text: str) -> bool:
    """Is `word` the first word of every name it is written in, and no title of office? A
    company's short name ("Harborview" of "Harborview Bancorp") is a keyword of its own."""
    if word.lower() in _TITLES:
        return False
    # (Nor the head of "Bank of Northland", "University of Westmark": a noun before "of".)
    return all(_key(run[0]) == word and (len(run) < 2 or run[1].lower() not in _JOINS)
               for run in _runs(text) if word in map(_key, run))


def _only_name(word: str, text: str) -> str | None:
    """The one name `word` is written in, when it is written in one only (however often), of at
    most four words and holding no title of office ("Governor Alan Whitby" names a person)."""
    needle = tuple(word.split())
    written = {" ".join((*run[:-1], _key(run[-1]))) for run in _runs(text)
               if len(run) > len(needle) and _count_in(needle, run)}
    if len(written) != 1:
        return None
    name = written.pop()
    words = name.split()
    if len(words) > MAX_NAME_WORDS or any(w.lower() in _TITLES for w in words):
        return None
    # A name going on after "and" ("Center on Poverty and Social Policy") is cut short here.
    return None if re.search(re.escape(name) + r"\s+(?:and|&)\s+[A-Z]", text) else name


def _common_word(word: str, text: str) -> bool:
    """Does the text also write `word` in lower case, as the common word it is, twice or more?"""
    lower = word.lower()
    return lower != word and len(re.findall(rf"(?<![\w'’-]){re.escape(lower)}(?![\w'’-])", text)) >= MIN_NAME_COUNT


def whole_names(keywords: list[tuple[str, float]], text: str) -> list[tuple[str, float]]:
    """`keywords` (best first) with each name part replaced by the longer name written most
    often around it (the longest of those tied), when written at least twice; else by the one
    name it is written in, if one only (four words at most, no title, not going on after "and");
    else in lower case when the text writes it so twice (the topic word "bank"); else a single
    word is left out and a name of two words or more ("Hang Seng" of "Hang Seng Index") kept; a
    name shown twice is shown once, at the better place."""
    kept: list[tuple[str, float]] = []
    seen: set[str] = set()
    for word, score in keywords:
        word = _as_written(word, text)
        shown = word
        if name_part(word, text):
            names = _longer_names(tuple(word.split()), _runs(text))
            best = max(names.items(), key=lambda item: (item[1], len(item[0].split())), default=None)
            only = _only_name(word, text)
            if best is not None and best[1] >= MIN_NAME_COUNT:
                shown = best[0]
            elif only is not None:  # "Northwind Robotics", written once: the name, not "Robotics"
                shown = only
            elif _common_word(word, text):  # "the bank" beside two names of banks: bank
                shown = word.lower()
            elif " " in word or opens_every_name(word, text):
                pass  # a name of its own ("Hang Seng"), or a short name ("Harborview" of "Harborview Bancorp")
            else:  # a word inside a name written once, or a title: no keyword ("Bank", "Governor")
                continue
        if shown.lower() in seen:
            continue
        seen.add(shown.lower())
        kept.append((shown, score))
    # "Light Festival" beside "Amsterdam Light Festival": the part goes, the name shows it.
    return [(word, score) for word, score in kept if not (name_part(word, text) and any(
        other != word and _count_in(tuple(word.split()), tuple(other.split())) for other, _ in kept))]
