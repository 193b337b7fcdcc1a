"""Telegram HTML text: escaping, visible length, and splitting under the message limit.

Telegram counts a message's length after parsing entities (tags are free, `&amp;`
is one character) in UTF-16 code units, and rejects more than 4096. A split must
keep every part valid on its own, so tags open at the cut are closed at the end of
one part and reopened at the start of the next.
"""

from __future__ import annotations

import html
import re

TELEGRAM_TEXT_LIMIT = 4096

# One atom: a tag, an entity, or one character.
_ATOM = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|.", re.DOTALL)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
_SENTENCE_END = set("。！？!?；;\n")


# Bidi overrides and isolates in a title or site name would reverse the rest of the message.
_BIDI_CONTROLS_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")


def escape(text: object) -> str:
    """Escape user-derived text for HTML parse mode (`<`, `>`, `&`, and quotes); bidi controls go."""
    return html.escape(_BIDI_CONTROLS_RE.sub("", str(text)), quote=True)


def visible_length(text: str) -> int:
    """Length as Telegram counts it: tags removed, entities decoded, in UTF-16 units."""
    plain = html.unescape(re.sub(r"<[^>]*>", "", text))
    return len(plain.encode("utf-16-le")) // 2


# A link whose text is not its address ("<a href="https://…">example.com</a>").
_LINK_RE = re.compile(r'<a\s+href="([^"<>]*)"[^>]*>([^<]*)</a>', re.IGNORECASE)


def to_plain(text: str) -> str:
    """The text a reader sees, for the console: tags dropped, entities decoded, and a link's
    address kept after its text ("example.com (https://example.com/a/1)"): a console has no
    link to click, and the site's name alone does not say which article it was."""
    def with_address(link: re.Match[str]) -> str:
        address, shown = html.unescape(link.group(1)), html.unescape(link.group(2))
        return link.group(2) if not address or address == shown else f"{link.group(2)} ({link.group(1)})"

    return html.unescape(re.sub(r"<[^>]*>", "", _LINK_RE.sub(with_address, text)))


def split_html(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split HTML into parts of at most `limit` visible characters, cutting after sentences.

    Cuts prefer a sentence end (。！？.!? or a line break); a sentence longer than a
    whole part is cut hard. Tags open at a cut are closed and reopened, so each part
    parses on its own.
    """
    atoms = _ATOM.findall(text)
    parts: list[str] = []
    start = 0
    reopen: list[tuple[str, str]] = []
    while start < len(atoms):
        part, start, reopen = _take_part(atoms, start, reopen, limit)
        if to_plain(part).strip():
            parts.append(part)
    return parts or [text]


def _take_part(
    atoms: list[str], start: int, opened: list[tuple[str, str]], limit: int
) -> tuple[str, int, list[tuple[str, str]]]:
    """Consume atoms from `start` into one part; return it, the next start and open tags."""
    stack = list(opened)
    out = [tag for tag, _ in stack]
    size = 0
    # Cut candidates as (len(out), next atom, open tags): after a sentence, else a space.
    best_cut: tuple[int, int, list[tuple[str, str]]] | None = None
    space_cut: tuple[int, int, list[tuple[str, str]]] | None = None
    i = start
    # Skip whitespace at the start of a continuation part.
    while i < len(atoms) and start > 0 and atoms[i] in (" ", "\n", "\t"):
        i += 1
    while i < len(atoms):
        atom = atoms[i]
        tag = _TAG.match(atom)
        if tag:
            closing, name = tag.group(1), tag.group(2).lower()
            if closing:
                if stack and stack[-1][1] == name:
                    stack.pop()
            else:
                stack.append((atom, name))
            out.append(atom)
            i += 1
            continue
        width = len(html.unescape(atom).encode("utf-16-le")) // 2
        if size + width > limit:
            cut = best_cut or space_cut or (len(out), i, list(stack))
            cut_out, next_i, cut_stack = cut
            body = "".join(out[:cut_out]).rstrip()
            return body + _closing(cut_stack), next_i, cut_stack
        out.append(atom)
        size += width
        i += 1
        if atom in _SENTENCE_END or (atom == "." and i < len(atoms) and atoms[i] in (" ", "\n")):
            best_cut = (len(out), i, list(stack))
        elif atom == " ":
            space_cut = (len(out), i, list(stack))
    return "".join(out) + _closing(stack), i, []


def _closing(stack: list[tuple[str, str]]) -> str:
    return "".join(f"</{name}>" for _, name in reversed(stack))
