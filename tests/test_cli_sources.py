"""The command line's one reader of local files (`bot.cli.sources`), used by both
`newsbrief summarize` and `newsbrief ask --add`: text in UTF-8, UTF-16 (BOM) or
GB18030, a PDF through pypdf as links are, a saved page through the extractor."""

from __future__ import annotations

import pytest

from bot.cli.sources import decode, is_link, read_file
from bot.errors import BinaryFile, EmptyFile, NotArticle
from tests.botharness import ARTICLE_EN, ARTICLE_ZH, article_page

SCRIPT_LINE = "window.analytics.track('article-view', {section: 'tech'});"


def pdf_with_text(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Helvetica, plain ASCII)."""
    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 11 Tf 14 TL 50 780 Td " + " ".join(f"({escape(line)}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> >> >>"),
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


PDF_LINES = [sentence.strip() + "." for sentence in ARTICLE_EN.replace('"', "").split(". ") if sentence.strip()]


def test_utf16_with_a_bom_and_gb18030_are_text(tmp_path):
    for encoding in ("utf-16", "utf-16-be", "gb18030", "utf-8-sig"):
        data = ARTICLE_ZH.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(data)
        assert read_file(str(path)).text == ARTICLE_ZH, encoding


def test_binary_and_empty_files_are_refused(tmp_path):
    with pytest.raises(BinaryFile):
        read_file("/bin/ls")
    with pytest.raises(BinaryFile):
        decode(b"\x00\x01\x02 abc", "x")
    (tmp_path / "blank.txt").write_text(" \n\u3000\n", encoding="utf-8")
    with pytest.raises(EmptyFile):
        read_file(str(tmp_path / "blank.txt"))
    (tmp_path / "bom.txt").write_bytes(b"\xff\xfe")
    with pytest.raises(EmptyFile):
        read_file(str(tmp_path / "bom.txt"))


def test_a_local_pdf_is_read_through_pypdf(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_with_text(PDF_LINES))
    article = read_file(str(path))
    assert article.source_type == "pdf"
    assert "Northwind Robotics" in article.text and "obj" not in article.text and "Tf" not in article.text


def test_a_saved_page_is_extracted_like_a_fetched_one(tmp_path):
    page = article_page("星河科技三季度营收增长23%", ARTICLE_ZH).replace(
        "</head>", f"<script>{SCRIPT_LINE}</script></head>").replace(
        "<footer>", f"<script>{SCRIPT_LINE}</script><footer>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="gb18030")  # a page saved by an older browser, no meta charset
    article = read_file(str(path))
    assert article.title == "星河科技三季度营收增长23%"
    assert "analytics" not in article.text and "<" not in article.text
    assert "云计算业务是增长的主要动力" in article.text
    renamed = tmp_path / "page.txt"  # the markup is recognised without the suffix, too
    renamed.write_text(page, encoding="utf-8")
    assert "analytics" not in read_file(str(renamed)).text


def test_a_page_without_an_article_is_not_summarized(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>首页</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(NotArticle):
        read_file(str(path))


def test_links_and_files_are_told_apart(tmp_path):
    assert is_link("https://example.com/a") and is_link("www.example.com") and is_link("ftp://x/y")
    assert is_link("javascript:alert(1)") and is_link("http://[::1")
    assert not is_link("report.txt") and not is_link("-") and not is_link("C:report.txt")
    odd = tmp_path / "javascript:notes.txt"
    odd.write_text("x", encoding="utf-8")
    assert not is_link(str(odd))  # an existing file wins


def test_ask_add_and_summarize_read_files_the_same_way(cli, tmp_path):
    """GB18030, UTF-16 with a BOM, a PDF and a saved page: all stored by ask --add, and
    summarize reads the PDF's text rather than its syntax, the page without its scripts."""
    (tmp_path / "gb.txt").write_bytes(ARTICLE_ZH.encode("gb18030"))
    (tmp_path / "en16.txt").write_bytes(ARTICLE_EN.encode("utf-16"))
    (tmp_path / "report.pdf").write_bytes(pdf_with_text(PDF_LINES))
    page = article_page("星河科技三季度营收增长23%", ARTICLE_ZH.replace("星河科技", "月光科技")).replace(
        "</head>", f"<script>{SCRIPT_LINE}</script></head>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    db = str(tmp_path / "news.db")
    added = cli("ask", "--db", db, "--add", str(tmp_path / "gb.txt"), "--add", str(tmp_path / "en16.txt"),
                "--add", str(tmp_path / "report.pdf"), "--add", str(tmp_path / "page.html"))
    assert added.returncode == 0, added.stderr
    assert added.stderr.count("added #") == 4, added.stderr
    summary = cli("summarize", str(tmp_path / "page.html"))
    assert summary.returncode == 0, summary.stderr
    assert "analytics" not in summary.stdout and "星河科技三季度营收增长23%" in summary.stdout
    report = cli("summarize", str(tmp_path / "report.pdf"))
    assert report.returncode == 0, report.stderr
    assert "Northwind Robotics" in report.stdout and "endobj" not in report.stdout
