"""What the command line reads: a local file, stdin or a link, as an `Article`.

One reader for `newsbrief summarize` and `newsbrief ask --add`, so a file that one
command reads the other reads the same way, and the way the bot reads a document sent
to it (`bot.web.documents`): a PDF, a saved web page, or text in UTF-8, UTF-16 (with its
BOM), GB18030 or Big5. What cannot be read is a named reader error (`bot.errors`): no such
file, a binary file, an unknown encoding, an empty file, a file too large, a link that
is no http(s) link.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.errors import FileError, MissingFile, NotAFile
from bot.web.documents import MAX_MARKUP_BYTES, article_from_bytes, decode
from bot.web.urls import looks_like_link
from summarizer.model import Article

__all__ = ["decode", "is_link", "read_file"]


def is_link(source: str) -> bool:
    """Is this command-line source a link (to be checked and fetched) rather than a file?

    An existing file wins: `javascript:x` may be a file's name.
    """
    return source != "-" and looks_like_link(source) and not Path(source).exists()


def _read_bytes(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read(MAX_MARKUP_BYTES)
    path = Path(source)
    if path.is_dir():
        raise NotAFile(source)
    # Not only regular files: `newsbrief summarize <(curl …)` names a pipe (/dev/fd/63).
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_MARKUP_BYTES)
    except FileNotFoundError as error:
        raise MissingFile(source) from error
    except OSError as error:  # permission denied, …: said as "cannot read", not "no such file"
        raise FileError(source, error.strerror or "") from error


def read_file(source: str) -> Article:
    """The article in a local file, or in stdin for "-" (see the module docstring)."""
    return article_from_bytes(_read_bytes(source), source)
