"""`newsbrief summarize SOURCE`: key sentences and keywords of a file, stdin or a URL.

Reading and decoding happen here, at the edge; the summarizer only sees `str`.
Every failure a user can cause ends as one line on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.settings import SettingsError, load_settings
from summarizer import Analysis, Article, EmptyText, Figure, Quote, TextTooLong, analyze
from summarizer.pipeline import ENGINES, MAX_CHARS

# Chinese files come as UTF-8 or, from older Windows tools, GB18030 (a superset of GBK/GB2312).
ENCODINGS = ("utf-8-sig", "gb18030")
# Read at most this much: anything bigger is over the summarizer's limit anyway.
MAX_BYTES = 4 * MAX_CHARS + 4


class SourceError(Exception):
    """The input cannot be read as text; `messages` holds the user-facing line."""

    messages = {"zh": "无法读取输入。", "en": "cannot read the input."}

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.source = source

    def message(self, lang: str = "en") -> str:
        return self.messages.get(lang, self.messages["en"])


class MissingFile(SourceError):
    messages = {"zh": "找不到文件。", "en": "no such file."}


class BinaryFile(SourceError):
    messages = {"zh": "这是二进制文件，不是文本。", "en": "this is a binary file, not text."}


class UnknownEncoding(SourceError):
    messages = {"zh": "文本既不是 UTF-8 也不是 GB18030 编码。", "en": "the text is neither UTF-8 nor GB18030."}


class TooLarge(SourceError):
    messages = {"zh": f"文本太长（上限 {MAX_CHARS} 字）。", "en": f"the text is too long (the limit is {MAX_CHARS} characters)."}


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


def decode(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else GB18030; binary data is refused."""
    if b"\x00" in data[:8192]:
        raise BinaryFile(source)
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
        if controls > max(2, len(text[:8192]) // 100):
            raise BinaryFile(source)
        return text
    raise UnknownEncoding(source)


def read_source(source: str) -> str:
    """The text behind SOURCE: a path or "-" for stdin."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES)
    else:
        path = Path(source)
        if not path.is_file():
            raise MissingFile(source)
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES)
        except OSError as error:
            raise MissingFile(source) from error
    if len(data) >= MAX_BYTES:
        raise TooLarge(source)
    return decode(data, source)


def format_analysis(analysis: Analysis) -> str:
    """Numbered key sentences, then keywords (and figures and quotes when present)."""
    labels = LABELS.get(analysis.lang, LABELS["en"])
    lines = [f"{labels['sentences']}:"]
    lines += [f"{number}. {sentence.text}" for number, sentence in enumerate(analysis.sentences, 1)]
    separator = "、" if analysis.lang == "zh" else ", "
    if analysis.keywords:
        lines += ["", f"{labels['keywords']}: " + separator.join(k.word for k in analysis.keywords)]
    if analysis.key_figures:
        lines += ["", f"{labels['figures']}:"]
        # Several figures can read the same ("50分、60分" share a clause): list each line once.
        shown = dict.fromkeys(format_figure(f, analysis.lang) for f in analysis.key_figures)
        lines += list(shown)[:FIGURES_SHOWN]
    if analysis.quotes:
        lines += ["", f"{labels['quotes']}:"]
        lines += format_quotes(analysis.quotes[:QUOTES_SHOWN], analysis.lang)
    return "\n".join(lines)


def format_figure(figure: Figure, lang: str) -> str:
    """"- 百度智能云营收：14%（上升，今年第二季度）" / "- Google Cloud revenue: 29% (up, Q2 2024)"."""
    words = FIGURE_WORDS.get(lang, FIGURE_WORDS["en"])
    amount = figure.text
    if figure.approx and figure.approx not in amount and figure.approx not in ("多", "几", "余", "数", "上"):
        amount = f"{figure.approx}{'' if lang == 'zh' else ' '}{amount}"
    notes = [words[figure.change]] if figure.change in words else []
    if figure.period:
        notes.append(figure.period)
    if lang == "zh":
        tail = f"（{'，'.join(notes)}）" if notes else ""
        head = f"{figure.subject}：{amount}" if figure.subject else f"{amount} —— {figure.context}"
    else:
        tail = f" ({', '.join(notes)})" if notes else ""
        head = f"{figure.subject}: {amount}" if figure.subject else f"{amount} — {figure.context}"
    return f"- {head}{tail}"


def format_quotes(quotes: Sequence[Quote], lang: str) -> list[str]:
    """Speaker (title the first time), then the words: quoted when direct, reported when not."""
    words = QUOTE_WORDS.get(lang, QUOTE_WORDS["en"])
    titled: set[str] = set()
    lines = []
    for quote in quotes:
        who = quote.speaker or words["unknown"]
        if quote.speaker and quote.speaker_title and quote.speaker not in titled:
            titled.add(quote.speaker)
            who = f"{who}（{quote.speaker_title}）" if lang == "zh" else f"{who} ({quote.speaker_title})"
        said = quote.text if len(quote.text) <= QUOTE_CHARS else quote.text[:QUOTE_CHARS].rstrip() + "…"
        if quote.kind == "direct":
            lines.append(f"- {who}：“{said}”" if lang == "zh" else f"- {who}: “{said}”")
        else:
            lines.append(f"- {who}{words['indirect']}{said}")
    return lines


def _fail(message: str) -> int:
    print(f"newsbrief: error: {message}", file=sys.stderr)
    return 1


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


class FetchFailed(SourceError):
    """The URL could not be read; the fetcher's named error carries the message."""

    def __init__(self, source: str, error: Exception) -> None:
        super().__init__(source)
        self.error = error

    def message(self, lang: str = "en") -> str:
        from bot.render.i18n import error_text

        return error_text(self.error, lang)


def fetch_source(url: str, *, env_file: str | None = ".env") -> Article:
    """The article behind a URL, fetched with the bot's limits, SSRF guard and User-Agent
    (NEWSBRIEF_ALLOW_PRIVATE_URLS, NEWSBRIEF_FETCH_*), read by the same settings loader."""
    # Imported here: httpx and trafilatura cost a second at start-up that files don't need.
    from bot.web.fetch import FetchError, fetch_article

    config = load_settings(env_file).fetch_config()
    try:
        return asyncio.run(fetch_article(url, config=config))
    except FetchError as error:
        raise FetchFailed(url, error) from error


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
    article: Article | None = None
    try:
        if is_url(args.source):
            article = fetch_source(args.source, env_file=args.env_file)
            text = article.text
        else:
            text = read_source(args.source)
        lang = args.lang or (article.lang if article and article.lang in ("zh", "en") else None)
        title = args.title or (article.title if article else None)
        analysis = analyze(text, title=title, max_sentences=args.sentences, lang=lang, engine=args.engine)
    except SettingsError as error:  # a bad NEWSBRIEF_* value, named in the message
        return _fail(str(error))
    except SourceError as error:
        return _fail(f"{args.source}: {error.message()}")
    except EmptyText:
        return _fail(f"{args.source}: nothing to summarize (the text is empty or has no sentence).")
    except TextTooLong as error:
        return _fail(f"{args.source}: the text is too long ({error.length} characters; the limit is {error.limit}).")
    if args.json:
        data = analysis.to_dict()
        if article is not None:
            data["article"] = article.to_dict()
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif article is not None:
        print(format_article_header(article) + "\n\n" + format_analysis(analysis))
    else:
        print(format_analysis(analysis))
    return 0
