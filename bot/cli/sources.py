"""What the command line reads: a local file, stdin or a link, as an `Article`.

One reader for `newsbrief summarize` and `newsbrief ask --add`, so a file that one
command reads the other reads the same way. A local file goes through the same
extraction as a fetched link: a PDF through `summarizer.pdf` (pypdf), a saved web
page through `summarizer.extract` (so no <script> line becomes a key sentence),
anything else is text in UTF-8, UTF-16 (with its BOM) or GB18030. What cannot be
read is a named reader error (`bot.errors`): no such file, a binary file, an
unknown encoding, an empty file, a file too large, a link that is no http(s) link.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from bot.errors import (
    BinaryFile,
    EmptyFile,
    FileTooLarge,
    MissingFile,
    NotArticle,
    UnknownEncoding,
)
from bot.web.urls import looks_like_link
from summarizer.errors import NotAnArticle
from summarizer.limits import MAX_CHARS
from summarizer.model import Article

__all__ = ["MAX_BYTES", "decode", "is_link", "read_file"]

# Read at most this much: anything bigger is over the summarizer's limit anyway (a PDF
# or a web page holds more bytes than text, so they get more room).
MAX_BYTES = 4 * MAX_CHARS + 4
MAX_MARKUP_BYTES = 25 * MAX_CHARS
# Byte order marks: the encodings that announce themselves.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Without a BOM, Chinese files come as UTF-8 or, from older Windows tools, GB18030.
_ENCODINGS = ("utf-8", "gb18030")
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mhtml"})
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


def is_link(source: str) -> bool:
    """Is this command-line source a link (to be checked and fetched) rather than a file?

    An existing file wins: `javascript:x` may be a file's name.
    """
    return source != "-" and looks_like_link(source) and not Path(source).exists()


def decode(data: bytes, source: str) -> str:
    """Text from bytes: a BOM's encoding, else UTF-8, else GB18030; binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), source)
            except UnicodeDecodeError:
                raise UnknownEncoding(source) from None
    if b"\x00" in data[:8192]:
        raise BinaryFile(source)
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _checked(text, source)
    raise UnknownEncoding(source)


def _checked(text: str, source: str) -> str:
    """Refuse decoded text full of control characters: binary data that happened to decode."""
    head = text[:8192]
    controls = sum(1 for ch in head if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\x00")
    if controls > max(2, len(head) // 100):
        raise BinaryFile(source)
    return text


def _read_bytes(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read(MAX_MARKUP_BYTES)
    path = Path(source)
    if not path.is_file():
        raise MissingFile(source)
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_MARKUP_BYTES)
    except OSError as error:
        raise MissingFile(source, error.strerror or "") from error


def read_file(source: str) -> Article:
    """The article in a local file, or in stdin for "-" (see the module docstring)."""
    data = _read_bytes(source)
    if len(data) >= MAX_MARKUP_BYTES:
        raise FileTooLarge(source, MAX_CHARS)
    if data.lstrip()[:5] == b"%PDF-":
        from summarizer.pdf import extract_pdf  # pypdf only for PDFs

        try:
            return extract_pdf(data)
        except NotAnArticle as exc:
            raise NotArticle(exc.reason) from exc
    if _is_html(source, data):
        return _html_article(data, source)
    if len(data) >= MAX_BYTES:
        raise FileTooLarge(source, MAX_CHARS)
    text = decode(data, source)
    if not text.strip():
        raise EmptyFile(source)
    if len(text) > MAX_CHARS:
        raise FileTooLarge(source, MAX_CHARS)
    return Article(text=text, source_type="text")


def _is_html(source: str, data: bytes) -> bool:
    if source != "-" and Path(source).suffix.lower() in _HTML_SUFFIXES:
        return True
    head = data[:2048]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            head_text = head.decode(encoding, "ignore")
            break
    else:
        head_text = head.decode("latin-1")
    return bool(_HTML_START.match(head_text))


def _html_article(data: bytes, source: str) -> Article:
    """A saved page, decoded and extracted as a fetched one is (meta charset, main text)."""
    from bot.web.fetch import (
        decode_text,  # the fetcher's decoding: charset, meta tag, detection
    )
    from summarizer.extract import extract_article

    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BinaryFile(source)
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        text = decode(data, source)
    else:
        text, _charset = decode_text(data)
    if not text.strip():
        raise EmptyFile(source)
    try:
        return extract_article(text)
    except NotAnArticle as exc:
        raise NotArticle(exc.reason) from exc
