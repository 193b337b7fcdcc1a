"""`newsbrief summarize SOURCE`: key sentences and keywords of a file, stdin or a URL.

Reading and decoding happen here, at the edge; the summarizer only sees `str`.
Every failure a user can cause ends as one line on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from dataclasses import replace

from bot.cli.common import reader_failure, settings_of, strict_json
from bot.cli.sources import is_link, read_file
from bot.langs import HANT, base_lang, is_chinese, ui_word
from bot.render.figures import outlook_note, shown_amount, shown_period
from bot.settings import Settings
from bot.web.urls import check_link
from summarizer import Analysis, Article, Figure, Quote
from summarizer.limits import ENGINES
from summarizer.pasted import pasted_title
from summarizer.traditional import is_traditional

# How many key figures and quotes the human output lists, and how long a quote may run.
FIGURES_SHOWN = 5
QUOTES_SHOWN = 12
QUOTE_CHARS = 160
FIGURE_WORDS = {"zh": {"up": "上升", "down": "下降", "loss": "亏损"}, "en": {"up": "up", "down": "down", "loss": "loss"}}
QUOTE_WORDS = {
    "zh": {"unknown": "（未署名）", "indirect": "表示："},
    "en": {"unknown": "(unattributed)", "indirect": " said: "},
}

LABELS = {
    "zh": {"sentences": "要点", "keywords": "关键词", "figures": "关键数字", "quotes": "引述"},
    "en": {"sentences": "Key sentences", "keywords": "Keywords", "figures": "Key figures", "quotes": "Quotes"},
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SOURCE", help="a text file, - to read stdin, or an http(s) URL")
    parser.add_argument("--json", action="store_true", help="print the full analysis as JSON")
    parser.add_argument("-n", "--sentences", type=_positive_int, default=None, metavar="N",
                        help="number of key sentences (default: adapted to the text's length)")
    parser.add_argument("--engine", choices=ENGINES, default="fast",
                        help="fast (default), classic (plain TextRank) or textrank4zh (reference)")
    parser.add_argument("--lang", choices=("zh", "en"), default=None, help="skip language detection")
    parser.add_argument("--title", default=None, help="the article's headline, if known")
    parser.add_argument("--env-file", default=".env",
                        help="read settings (NEWSBRIEF_FETCH_*, …) from this file too, for URLs")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def output_lang(analysis: Analysis) -> str:
    """The labels' language: the article's, in its script (a Taiwan article gets 關鍵數字)."""
    if analysis.lang == "zh" and is_traditional("".join(s.text for s in analysis.sentences)):
        return HANT
    return analysis.lang


def format_analysis(analysis: Analysis) -> str:
    """Numbered key sentences, then keywords (and figures and quotes when present)."""
    lang = output_lang(analysis)
    labels = {key: ui_word(word, lang) for key, word in LABELS.get(base_lang(lang), LABELS["en"]).items()}
    colon = "：" if is_chinese(lang) else ": "  # full-width in Chinese output
    lines = [f"{labels['sentences']}{colon.strip()}"]
    lines += [f"{number}. {sentence.text}" for number, sentence in enumerate(analysis.sentences, 1)]
    separator = "、" if is_chinese(lang) else ", "
    if analysis.keywords:
        lines += ["", f"{labels['keywords']}{colon}" + separator.join(k.word for k in analysis.keywords)]
    if analysis.key_figures:
        lines += ["", f"{labels['figures']}{colon.strip()}"]
        # Several figures can read the same ("50分、60分" share a clause): list each line once.
        shown = dict.fromkeys(format_figure(f, lang) for f in analysis.key_figures)
        lines += list(shown)[:FIGURES_SHOWN]
    if analysis.quotes:
        lines += ["", f"{labels['quotes']}{colon.strip()}"]
        lines += format_quotes(analysis.quotes[:QUOTES_SHOWN], lang)
    return "\n".join(lines)


def format_figure(figure: Figure, lang: str) -> str:
    """"- 百度智能云营收：14%（上升，同比，今年第二季度）" / "- Google Cloud revenue: 29% (up, year on year, Q2 2024)"."""
    words = {key: ui_word(word, lang) for key, word in FIGURE_WORDS.get(base_lang(lang), FIGURE_WORDS["en"]).items()}
    amount = shown_amount(figure, lang)
    notes = [words[figure.change]] if figure.change in words else []
    outlook = outlook_note(figure, lang, figure.subject or "")
    if outlook:
        notes.insert(0, outlook)
    # "环比增长5.2%" and "同比增长18.6%" of one quarter differ only in what they compare with.
    if figure.basis:
        notes.append(_basis_word(figure.basis, lang))
    if figure.period:
        notes.append(shown_period(figure))
    if is_chinese(lang):
        tail = f"（{'，'.join(notes)}）" if notes else ""
        head = f"{figure.subject}：{amount}" if figure.subject else f"{amount} —— {figure.context}"
    else:
        tail = f" ({', '.join(notes)})" if notes else ""
        head = f"{figure.subject}: {amount}" if figure.subject else f"{amount} — {figure.context}"
    return f"- {head}{tail}"


# The summarizer names a Chinese change's basis in its own words: the reader is shown them in theirs.
_BASIS_EN = {"同比": "year on year", "环比": "on the previous period"}


def _basis_word(basis: str, lang: str) -> str:
    """"环比" for a simplified reader, "環比" for a traditional one, "on the previous period" in English."""
    if basis in _BASIS_EN:
        return ui_word(basis, lang) if is_chinese(lang) else _BASIS_EN[basis]
    return basis


def format_quotes(quotes: Sequence[Quote], lang: str) -> list[str]:
    """Speaker (title the first time), then the words: quoted when direct, reported when not."""
    words = {key: ui_word(word, lang) for key, word in QUOTE_WORDS.get(base_lang(lang), QUOTE_WORDS["en"]).items()}
    titled: set[str] = set()
    lines = []
    for quote in quotes:
        who = quote.speaker or words["unknown"]
        if quote.speaker and quote.speaker_title and quote.speaker not in titled:
            titled.add(quote.speaker)
            who = f"{who}（{quote.speaker_title}）" if is_chinese(lang) else f"{who} ({quote.speaker_title})"
        said = quote.text if len(quote.text) <= QUOTE_CHARS else quote.text[:QUOTE_CHARS].rstrip() + "…"
        if quote.kind == "direct":
            marks = "「」" if lang == HANT else "“”"  # the corner marks Taiwan and Hong Kong write
            lines.append(f"- {who}：{marks[0]}{said}{marks[1]}" if is_chinese(lang) else f"- {who}: “{said}”")
        else:
            lines.append(f"- {who}{words['indirect']}{said}")
    return lines


def fetch_source(url: str, settings: Settings) -> Article:
    """The article behind a link, checked (`check_link`) and fetched with the bot's limits,
    SSRF guard and User-Agent (NEWSBRIEF_ALLOW_PRIVATE_URLS, NEWSBRIEF_FETCH_*)."""
    url = check_link(url)
    # Imported here: httpx and trafilatura cost a second at start-up that files don't need.
    from bot.web.fetch import fetch_article

    return asyncio.run(fetch_article(url, config=settings.fetch_config()))


def format_article_header(article: Article) -> str:
    """Title, then site and date, then the URL: what was read, before what it says."""
    lines = [article.title] if article.title else []
    about = " · ".join(part for part in (article.site, article.author, article.published) if part)
    if about:
        lines.append(about)
    if article.url:
        lines.append(article.url)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Read, analyse, print; a reader error is one line on stderr in the reader's language."""
    from bot.errors import is_reader_error

    settings = settings_of(args, code=1)
    lang = settings.cli_lang
    article: Article | None = None
    try:
        if is_link(args.source):
            article = fetch_source(args.source, settings)
        else:
            article = read_file(args.source)
        text = article.text
        lang_hint = article.lang if article.lang in ("zh", "en") and article.source_type != "text" else None
        # A file or page without a title of its own is titled as the bot titles it (as a pasted
        # text), so the two analyses, and their key figures, agree.
        title = args.title or article.title or pasted_title(text)
        from summarizer import (
            analyze,  # numpy, scipy and jieba: only for a readable source
        )

        analysis = analyze(text, title=title, max_sentences=args.sentences, lang=args.lang or lang_hint,
                           engine=args.engine)
    except Exception as error:  # reader errors become one line, others propagate
        if not is_reader_error(error):
            raise
        raise reader_failure(error, lang, source=args.source) from error
    shown = replace(article, title=title) if article.source_type != "text" else None
    if args.json:
        data = analysis.to_dict()
        if shown is not None:
            data["article"] = article.to_dict()
        print(strict_json(data))
    elif shown is not None:
        print(format_article_header(shown) + "\n\n" + format_analysis(analysis))
    else:
        print(format_analysis(analysis))
    return 0
