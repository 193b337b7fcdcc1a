"""A received file's bytes as an `Article`: a local file for the command line, a document
sent to the bot.

A PDF goes through `summarizer.pdf` (pypdf), a saved web page through
`summarizer.extract` (so no <script> line becomes a key sentence), anything else is text
in UTF-8, UTF-16 (with its BOM), GB18030 or Big5. What cannot be read is a named reader error
(`bot.errors`): a binary file, an unknown encoding, an empty file, a file too large, a
PDF without text. `name` (a path or a file name) names the file in those errors.
"""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

from bot.web.chinese_codecs import chinese_codec
from bot.errors import BinaryFile, EmptyFile, FileTooLarge, NotArticle, UnknownEncoding
from summarizer.errors import NotAnArticle
from summarizer.limits import MAX_CHARS
from summarizer.model import Article

__all__ = ["MAX_BYTES", "MAX_MARKUP_BYTES", "article_from_bytes", "decode"]

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
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".mhtml"})
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


def decode(data: bytes, source: str) -> str:
    """Text from bytes: a BOM's encoding, else UTF-8, else GB18030 or Big5 (whichever reads
    as Chinese: `chinese_codec`); binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), source)
            except UnicodeDecodeError:
                raise UnknownEncoding(source) from None
    if b"\x00" in data[:8192]:
        raise BinaryFile(source)
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    codec = chinese_codec(data)
    if codec is None:
        raise UnknownEncoding(source)
    return _checked(data.decode(codec), source)


def _checked(text: str, source: str) -> str:
    """Refuse decoded text full of control characters: binary data that happened to decode."""
    head = text[:8192]
    controls = sum(1 for ch in head if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\x00")
    if controls > max(2, len(head) // 100):
        raise BinaryFile(source)
    return text


def article_from_bytes(data: bytes, name: str) -> Article:
    """The article in a file's bytes (see the module docstring); `name` is its path or
    file name ("-" for stdin): its suffix marks a saved web page."""
    if len(data) >= MAX_MARKUP_BYTES:
        raise FileTooLarge(name, MAX_CHARS)
    if data.lstrip()[:5] == b"%PDF-":
        from summarizer.pdf import extract_pdf  # pypdf only for PDFs

        try:
            return extract_pdf(data)
        except NotAnArticle as exc:
            raise NotArticle(exc.reason) from exc
    if _is_html(name, data):
        return _html_article(data, name)
    if len(data) >= MAX_BYTES:
        raise FileTooLarge(name, MAX_CHARS)
    text = decode(data, name)
    if not text.strip():
        raise EmptyFile(name)
    if len(text) > MAX_CHARS:
        raise FileTooLarge(name, MAX_CHARS)
    return Article(text=text, source_type="text")


def _is_html(name: str, data: bytes) -> bool:
    if name != "-" and PurePath(name).suffix.lower() in _HTML_SUFFIXES:
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
