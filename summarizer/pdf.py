"""PDF -> Article with pypdf: industry reports often come as PDFs.

Pure: bytes in, Article out. The fetcher has already capped the size; here we cap the
work (pages read) so a huge report cannot stall a worker, and refuse PDFs without a
text layer (scans) or that cannot be opened.
"""

from __future__ import annotations

import io
import logging
import re

from summarizer.errors import NotAnArticle
from summarizer.model import Article

log = logging.getLogger(__name__)

MAX_PAGES = 200
MIN_CHARS = 100

_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f])[ \t]+(?=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f])")
_CJK_LINEBREAK = re.compile(r"(?<=[\u3400-\u9fff，、；：])\n(?=[\u3400-\u9fff])")
_BLANKS = re.compile(r"[ \t\u00a0]+")
_CJK = re.compile(r"[\u3400-\u9fff]")


def extract_pdf(data: bytes, *, max_pages: int = MAX_PAGES) -> Article:
    """Text and document info of a PDF. Raises NotAnArticle("no_text"|"too_short")."""
    from pypdf import PdfReader  # deferred: only PDFs pay for the import
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 — any failure means we cannot read it
                raise NotAnArticle("no_text") from exc
        pages = []
        for page in reader.pages[:max_pages]:
            pages.append(page.extract_text() or "")
        info = reader.metadata
    except NotAnArticle:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        log.info("unreadable PDF: %s", exc)
        raise NotAnArticle("no_text") from exc
    text = _clean("\n\n".join(pages))
    if not text:
        raise NotAnArticle("no_text")
    if len(text) < MIN_CHARS:
        raise NotAnArticle("too_short")
    title = _info(info, "title")
    cjk = len(_CJK.findall(text[:3000]))
    return Article(
        text=text,
        title=title,
        author=_info(info, "author"),
        published=_pdf_date(getattr(info, "creation_date_raw", None) if info else None),
        lang="zh" if cjk >= 0.3 * max(1, sum(c.isalpha() for c in text[:3000])) else "en",
        source_type="pdf",
        extra={"pages": len(reader.pages)},
    )


def _clean(text: str) -> str:
    """Undo PDF layout noise: spaces between CJK glyphs and hard line breaks inside sentences."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CJK_GAP.sub("", text)
    text = _CJK_LINEBREAK.sub("", text)
    lines = [_BLANKS.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _info(info, name: str) -> str | None:
    if info is None:
        return None
    try:
        value = getattr(info, name, None)
    except Exception:  # noqa: BLE001 — broken metadata must not lose the text
        return None
    value = str(value).strip() if value else ""
    return value or None


def _pdf_date(raw) -> str | None:
    """PDF dates look like D:20240517093000+08'00'; keep the ISO date part."""
    match = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", str(raw or ""))
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    return f"{year}-{month}-{day}"
