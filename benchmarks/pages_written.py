"""What a reader is shown from hand-written news pages in layouts of typical sites (portal, financial
site, WeChat article, local news, tech media; wire story, newspaper, blog, live blog, magazine).

Each page in benchmarks/data/pages_written/ goes through the bot's own path for a fetched link
(summarizer.extract.extract_article with the page's URL, then summarizer.analyze with the article's
title and language, 10 sentences kept) and prints the title, the key sentences at the default length,
the keywords and the figures the summary view shows (8 and 3, bot.render.text). Every shown line and
every figure's sentence is checked against the labels written before the first run
(labels.json: the true title and the body paragraphs by their opening words): a line that is not
inside a body paragraph (or an allowed standfirst/subheading) is marked JUNK.

    python benchmarks/pages_written.py [--set pages_written] [--json out.json]

Label keys added for the third round (pages_written3), absent from the earlier ones: 'encoding' (the
page's bytes are decoded by the bot's own bot.web.fetch.decode_text, as a fetched page is, and the text
passed on as the bot passes it), 'body_text' (the full body paragraphs, for a body that is in no <p>,
e.g. only in JSON-LD) and 'not_body' (fragments inside a body <p> that are not the article's, such as
a stock quote widget: removed from the labelled paragraphs before judging).

Added for the fourth round (pages_written4): 'header_charset' (the page is served over 127.0.0.1
with that charset in the HTTP Content-Type header only, and read through the bot's own
bot.web.fetch.fetch_article) and 'more_pages' (the files of the story's later pages, served beside
it, which fetch_article follows by the page's next-page link); 'encoding' is then the page's true
encoding, used only to read the labels. A label may open a <div>, <span> or <figcaption> holding
no block (a standfirst written in a <div>) when no <p>, heading or list item opens with it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import lxml.html

from bot.render.text import FIGURES_SHOWN, KEYWORDS_SHOWN, key_sentences
from bot.errors import FetchError
from bot.web.fetch import decode_text
from summarizer import analyze
from summarizer.errors import NotAnArticle
from summarizer.extract import extract_article

ANALYSIS_SENTENCES = 10  # bot.core.service.ANALYSIS_SENTENCES (not imported: it pulls in the bot's service)


def _norm(text: str) -> str:
    """Whitespace and quote marks do not decide whether a line is in the body."""
    text = re.sub(r"[\"“”'‘’「」『』]", "", text)
    return re.sub(r"\s+", "", text)


def gold_paragraphs(html: str | list[str], openings: list[str]) -> list[str]:
    """The full text of each labelled paragraph (of the page, or of any of a story's pages); a
    label that opens no paragraph is an error."""
    trees = [lxml.html.fromstring(one) for one in ([html] if isinstance(html, str) else html)]
    blocks = [" ".join(el.text_content().split()) for tree in trees for el in tree.iter("p", "blockquote", "h2", "h3")]
    # after: a <p> is found first
    blocks += [" ".join(el.text_content().split()) for tree in trees for el in tree.iter("li")]
    blocks += [" ".join(el.text_content().split()) for tree in trees for el in tree.iter("div", "span", "figcaption")
               if el.find(".//p") is None and el.find(".//div") is None]
    out = []
    for opening in openings:
        found = [b for b in blocks if b.startswith(opening)]
        if not found:
            raise SystemExit(f"label {opening!r} opens no paragraph")
        out.append(found[0])
    return out


_ASIDE = re.compile(r"[（(][^（）()]*[）)]")


def judge(line: str, body: list[str], allowed: list[str]) -> bool:
    """A shown line is fine when it lies inside one body paragraph (or an allowed line), also once
    bracketed asides are left out of both: the analysis drops a definition such as
    "（以下简称《若干措施》）" or "（「本公司」）" from the sentence it shows (fourth round). A line trimmed with
    "…" is read piece by piece, in one paragraph."""
    # A line trimmed with "…" (cut for length, or at its ；) is fine when each of its pieces lies in one paragraph.
    pieces = [_norm(piece) for piece in line.split("…") if _norm(piece)]
    if not pieces:
        return False
    if any(all(piece in _norm(p) for piece in pieces) for p in body + allowed):
        return True
    bare = [_norm(_ASIDE.sub("", piece)) for piece in line.split("…") if _norm(_ASIDE.sub("", piece))]
    return bool(bare) and any(all(piece in _norm(_ASIDE.sub("", p)) for piece in bare) for p in body + allowed)


def fetched_article(folder: Path, pid: str, label: dict):
    """The page read as the bot reads a link: served over 127.0.0.1 with the label's charset in the
    HTTP header only (its later pages beside it), through bot.web.fetch.fetch_article."""
    import asyncio

    from aiohttp import web

    from bot.web.fetch import FetchConfig, fetch_article

    names = [f"{pid}.html", *label.get("more_pages", [])]
    content_type = f"text/html; charset={label['header_charset']}"

    async def go():
        app = web.Application()
        for name in names:
            body = (folder / name).read_bytes()

            async def respond(request, body: bytes = body):
                return web.Response(body=body, headers={"Content-Type": content_type})

            app.router.add_get(f"/{name}", respond)
        runner = web.AppRunner(app, shutdown_timeout=0.1)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        try:
            port = site._server.sockets[0].getsockname()[1]
            config = FetchConfig(timeout=10.0, allowed_networks=("127.0.0.1/32",))
            return await fetch_article(f"http://127.0.0.1:{port}/{names[0]}", config=config)
        finally:
            await runner.cleanup()

    return asyncio.run(go())


def run(folder: Path) -> dict:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    totals = {"pages": 0, "shown": 0, "junk": 0, "wrong_title": 0, "figures": 0, "figure_junk": 0,
              "kept10": 0, "kept10_junk": 0, "numbers_view": 0, "numbers_view_junk": 0}
    out: dict[str, dict] = {}
    for pid, label in labels.items():
        if pid.startswith("_"):
            continue
        raw = (folder / f"{pid}.html").read_bytes()
        if label.get("header_charset"):
            html = [(folder / name).read_bytes().decode(label["encoding"])
                    for name in [f"{pid}.html", *label.get("more_pages", [])]]
            page: str | bytes | None = None
        elif label.get("encoding"):
            html, _ = decode_text(raw)
            page = html
        else:
            html = raw.decode("utf-8")
            page = html.encode("utf-8")
        body = label.get("body_text") or gold_paragraphs(html, label["body"])
        for fragment in label.get("not_body", []):
            body = [p.replace(fragment, " ") for p in body]
        # The title is shown as the heading and analysed with the text: its figures are not furniture.
        allowed = gold_paragraphs(html, label["allowed"]) + [label["title"]]
        totals["pages"] += 1
        try:
            article = fetched_article(folder, pid, label) if page is None else extract_article(page, url=label["url"])
        except (NotAnArticle, FetchError) as exc:
            print(f"## {pid} NOT AN ARTICLE ({exc})")
            totals["wrong_title"] += 1
            continue
        analysis = analyze(article.text, title=article.title, max_sentences=ANALYSIS_SENTENCES, lang=article.lang)
        length = analysis.summary_length or len(analysis.sentences)
        shown = [s.text for s in key_sentences(analysis, length)]
        title_ok = (article.title or "").strip() == label["title"]
        totals["wrong_title"] += not title_ok
        print(f"## {pid} | title {'ok' if title_ok else 'WRONG'}: {article.title}")
        rows = []
        for line in shown:
            ok = judge(line, body, allowed)
            totals["shown"] += 1
            totals["junk"] += not ok
            rows.append({"line": line, "ok": ok})
            print(f"  {'   ' if ok else 'JUNK'} {line}")
        words = [k.word for k in analysis.keywords[:KEYWORDS_SHOWN]]
        print("  keywords:", " · ".join(words))
        figures = []
        sentences = {s.index: s.text for s in analysis.sentences}
        for figure in analysis.key_figures[:FIGURES_SHOWN]:
            ok = judge(figure.context, body, allowed) or judge(sentences.get(figure.sentence_index, ""), body, allowed)
            totals["figures"] += 1
            totals["figure_junk"] += not ok
            figures.append({"figure": figure.text, "context": figure.context, "ok": ok})
            print(f"  fig {'   ' if ok else 'JUNK'} {figure.text} | {figure.context}")
        # Beyond the summary view: all 10 kept sentences (a longer summary) and the numbers view.
        kept = [s.text for s in analysis.sentences]
        bad_kept = [line for line in kept if not judge(line, body, allowed)]
        totals["kept10"] += len(kept)
        totals["kept10_junk"] += len(bad_kept)
        bad_numbers = [f"{f.text} | {f.context}" for f in analysis.key_figures
                       if not (judge(f.context, body, allowed)
                               or judge(sentences.get(f.sentence_index, ""), body, allowed))]
        totals["numbers_view"] += len(analysis.key_figures)
        totals["numbers_view_junk"] += len(bad_numbers)
        for line in bad_kept:
            print("  JUNK in the 10 kept:", line)
        for line in bad_numbers:
            print("  JUNK in the numbers view:", line)
        missing = [p[:20] for p in body if _norm(p)[:30] not in _norm(article.text)]
        if missing:
            print("  body paragraphs missing from the text:", missing)
        out[pid] = {"title": article.title, "title_ok": title_ok, "shown": rows, "keywords": words,
                    "figures": figures, "missing": missing,
                    "kept10_junk": bad_kept, "numbers_view_junk": bad_numbers}
    print("totals:", json.dumps(totals))
    return {"totals": totals, "pages": out}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="pages_written", help="folder under benchmarks/data")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = run(REPO / "benchmarks" / "data" / args.set)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
