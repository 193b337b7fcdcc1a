"""English speakers named where the usual patterns do not look (used by summarizer.quotes).

- A quote whose speaker the next paragraph names: a feature opens with the words alone, then
  "That is how Carl Haddad, chief executive of Prairie Trust, describes the past year." or
  "So says Mei Tanaka, an analyst at Corbel Research." Only a quote that stands alone in its
  paragraph, and only those two forms of the next paragraph's first words.
- The second half of a quote split by "said Name, the title,": “We are,” said Dana Price, the
  mayor, “going to rebuild.” (with "Name said," or "she said," the usual patterns find it).
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'\-]+(?:\s[A-Z]\.)?(?:\s[A-Z][\w’'\-]+){1,2}"
# "Mayor Denise Alvarez of Port Hollis": a title in front and where they serve after the name.
_TITLE = r"(?P<title>(?:Mayor|Governor|Senator|President|Chairman|Chairwoman|Councillor|Councilwoman|Councilman|Dr\.|Professor)\s)?"
_HOW_RE = re.compile(
    rf"(?:That|This)(?:\sis|\swas|’s|'s)\show\s{_TITLE}(?P<who>{_NAME})(?P<appos>,\s[^.;“”\"]{{3,120}}?,|\sof\s[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){{0,3}})?\s"
    r"(?:describes|described|puts\sit|put\sit|sees\sit|saw\sit|explains\sit|explained\sit|sums\sit\sup|summed\sit\sup"
    r"|remembers\sit|remembered\sit|recalls\sit|recalled\sit)\b"
)
_SO_SAYS_RE = re.compile(rf"So\s(?:says|said)\s(?P<who>{_NAME})(?P<appos>,\s[^.;“”\"]{{3,120}}?)?(?=[.;]\s|[.;]?$)")


def named_after(text: str, end: int) -> tuple[str, str | None] | None:
    """(name, appositive or None) when the paragraph after a quote closing at `end` opens by
    naming its speaker; None otherwise (also when more text follows the quote in its paragraph)."""
    rest = text[end:end + 400]
    line_end = rest.find("\n")
    if line_end < 0 or rest[:line_end].strip():
        return None
    following = rest[line_end + 1:].split("\n", 1)[0].lstrip()
    m = _HOW_RE.match(following) or _SO_SAYS_RE.match(following)
    if m is None:
        return None
    title = (m.groupdict().get("title") or "").strip()
    appos = (m.group("appos") or "").strip(" ,")
    if appos.startswith("of "):
        appos = f"{title} {appos}".strip()  # "Mayor … of Port Hollis": the mayor of Port Hollis
    return m.group("who"), appos or title or None


_BETWEEN_RE = re.compile(
    rf"[”\"]\s*,?\s*(?:said|says|added|adds|asked|asks|continued)\s(?P<who>{_NAME})(?:,\s(?P<appos>[^,.;“”\"]{{3,80}}))?,\s*$")


def between_halves(before: str) -> tuple[str, str | None] | None:
    """(name, appositive or None) when `before` (the sentence up to a quote's opening mark) ends
    with the first half of the quote and "said Name[, title],"; None otherwise."""
    m = _BETWEEN_RE.search(before[-200:])
    return (m.group("who"), m.group("appos")) if m else None
