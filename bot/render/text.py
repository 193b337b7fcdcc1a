"""Pure rendering: service results in, Telegram HTML out (and button layouts).

Everything that came from an article or a reader is escaped here, in one place.
The console shows the same HTML as plain text, so both transports print the same
words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.core.commands import COMMANDS, MAX_SUMMARY_SENTENCES
from bot.core.schedule import zone_label, zone_of
from bot.core.service import Brief
from bot.langs import HANT, is_chinese
from bot.render.figures import direction_note, shown_amount, shown_period, years_span
from bot.render.htmltext import TELEGRAM_TEXT_LIMIT, escape, split_html, visible_length
from bot.render.i18n import t
from storage.models import ChatSettings, HistoryEntry, SearchHit
from storage.normalize import clean_link
from summarizer import Analysis, Figure, Quote, Sentence
from summarizer.answer import Answer, AnswerSentence, Citation
from summarizer.datelines import dateline_length
from summarizer.traditional import to_simplified

VIEWS = ("summary", "numbers", "quotes", "source")
KEYWORDS_SHOWN = 8
FIGURES_SHOWN = 3
QUOTES_SHOWN = 8
OPENING_CHARS = 600
FIGURE_CONTEXT_CHARS = 60
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    data: str


def default_length(analysis: Analysis) -> int:
    """The summarizer's own default length, so the CLI and the chat show the same number."""
    return analysis.summary_length or len(analysis.sentences)


def key_sentences(analysis: Analysis, length: int) -> list[Sentence]:
    """The `length` best sentences, shown in document order (ties go to the earlier one)."""
    best = sorted(analysis.sentences, key=lambda s: (-s.score, s.index))[:length]
    return sorted(best, key=lambda s: s.index)


def view(brief: Brief, name: str, lang: str, *, length: int | None = None, count: int | None = None) -> str:
    """One of the switchable views of an article's message (`count`: the quotes asked for)."""
    renderers = {"summary": summary, "numbers": numbers, "quotes": quotes, "source": source,
                 "keywords": keywords}
    if name == "quotes":
        return quotes(brief, lang, limit=max(count or 0, QUOTES_SHOWN))
    return renderers[name](brief, lang, length=length) if name == "summary" else renderers[name](brief, lang)


def view_buttons(article_id: int, lang: str, current: str) -> list[list[Button]]:
    """[要点] [数字] [引语] [原文]; the current view is marked so readers see where they are."""
    labels = {"summary": "button_summary", "numbers": "button_numbers", "quotes": "button_quotes",
              "source": "button_source"}
    row = []
    for name in VIEWS:
        label = t(labels[name], lang)
        row.append(Button(("· " + label + " ·") if name == current else label, f"v:{article_id}:{name}"))
    return [row]


def summary(brief: Brief, lang: str, *, length: int | None = None) -> str:
    analysis = brief.analysis
    length = length or default_length(analysis)
    chosen = key_sentences(analysis, length)
    lines = [_heading(brief, lang), ""]
    lines += [f"• {escape(s.text.strip())}" for s in chosen]
    if analysis.keywords:
        words = " · ".join(escape(k.word) for k in analysis.keywords[:KEYWORDS_SHOWN])
        lines += ["", f"<b>{t('keywords_label', lang)}</b>{_colon(lang)}{words}"]
    figures = analysis.key_figures[:FIGURES_SHOWN]
    if figures:
        lines += ["", f"<b>{t('figures_label', lang)}</b>"]
        lines += _figure_lines(figures, lang)
    lines += ["", f"<i>{escape(t('summary_footer', lang, count=analysis.sentence_count, shown=len(chosen)))}</i>"]
    return "\n".join(lines)


def numbers(brief: Brief, lang: str) -> str:
    figures = brief.analysis.key_figures
    if not figures:
        return _heading(brief, lang) + "\n\n" + t("no_figures", lang)
    lines = [_heading(brief, lang), "", f"<b>{t('figures_label', lang)}</b>"]
    lines += _figure_lines(figures, lang, with_context=True)
    return "\n".join(lines)


def quotes(brief: Brief, lang: str, *, limit: int = QUOTES_SHOWN) -> str:
    found = brief.analysis.quotes[:limit]
    if not found:
        return _heading(brief, lang) + "\n\n" + t("no_quotes", lang)
    lines = [_heading(brief, lang), "", f"<b>{t('quotes_label', lang)}</b>"]
    for quote in found:
        who = _who(quote)
        said = escape(quote.text.strip())
        # Only direct quotes get quotation marks: reported speech is not their words.
        if quote.kind == "direct":
            said = f"「{said}」" if lang == HANT and _is_cjk(said) else f"“{said}”"  # Taiwan, Hong Kong: 「」
        lines.append(f"• <b>{who}</b>{_colon(lang)}{said}")
        if quote.question:  # an interview's answer, under the question it answers
            lines.append(f"    <i>{escape(quote.question)}</i>")
    return "\n".join(lines)


def _who(quote: Quote) -> str:
    """The speaker with the title, as each language writes one: "腾讯集团副总裁、政企业务总裁李强",
    "云与智慧产业事业群CEO汤道生"; "Kevin Mayer, Walt Disney Co. executive", "Lee Sustar, a principal
    analyst at Forrester"."""
    who = escape(quote.speaker) if quote.speaker else "—"
    if quote.speaker_title:
        title = escape(quote.speaker_title.strip())
        if not quote.speaker:
            who = title
        elif _is_cjk(quote.speaker[0]) and _is_cjk(quote.speaker[-1]):
            who = title + who
        else:
            who = f"{who}, {title}"
    return who


def keywords(brief: Brief, lang: str) -> str:
    words = brief.analysis.keywords
    if not words:
        return _heading(brief, lang) + "\n\n" + t("no_keywords", lang)
    listed = " · ".join(escape(k.word) for k in words)
    return f"{_heading(brief, lang)}\n\n<b>{t('keywords_label', lang)}</b>\n{listed}"


def source(brief: Brief, lang: str) -> str:
    article, analysis = brief.article, brief.analysis
    lines = [_heading(brief, lang), ""]
    if article.author:
        lines.append(f"{t('source_author', lang)}: {escape(article.author)}")
    if article.published:
        lines.append(f"{t('source_published', lang)}: {escape(article.published)}")
    lines.append(escape(t("source_length", lang, chars=len(article.text), sentences=analysis.sentence_count)))
    opening = article.text.strip()
    if len(opening) > OPENING_CHARS:
        opening = opening[:OPENING_CHARS].rstrip() + "…"
    lines += ["", f"<b>{t('source_opening', lang)}</b>", f"<blockquote>{escape(opening)}</blockquote>"]
    return "\n".join(lines)


def one_message(text: str) -> str:
    """The first part of `text` that fits one message, for views edited in place."""
    if visible_length(text) <= TELEGRAM_TEXT_LIMIT:
        return text
    return split_html(text, TELEGRAM_TEXT_LIMIT - 2)[0] + "\n…"


def messages(text: str) -> list[str]:
    """`text` split into messages Telegram accepts."""
    return split_html(text, TELEGRAM_TEXT_LIMIT)


def history(entries: Sequence[HistoryEntry], lang: str, *, zone: str = "UTC", page: int = 1, pages: int = 1) -> str:
    """The chat's articles with the times they came, in the chat's zone (they were UTC, unsaid)."""
    if not entries:
        return t("history_empty", lang)
    lines = [t("history_header", lang)]
    for entry in entries:
        title = escape(entry.title or t("untitled", lang))
        when = entry.shared_at.astimezone(zone_of(zone)).strftime("%m-%d %H:%M")
        link = f' · <a href="{escape(clean_link(entry.url))}">{escape(_site(entry.url, entry.site))}</a>' \
            if _is_web(entry.url) else ""
        lines.append(f"#{entry.number} {title}{link} · {when}")
    lines += ["", escape(t("history_footer", lang))]
    if pages > 1:  # (the older ones were out of reach, unsaid)
        more = t("history_more", lang, next=page + 1) if page < pages else ""
        lines.append(escape(t("history_page", lang, page=page, pages=pages) + more))
    return "\n".join(lines)


# A query is echoed at most this long: a pasted page as a query must not fill the answer.
ECHOED_QUERY_CHARS = 80


def search(hits: Sequence[SearchHit], query: str, lang: str, *, partial: bool = False) -> str:
    """The sentences found, each under its article; `partial`: none held every word, so
    the reply says these hold only some of them."""
    if len(query) > ECHOED_QUERY_CHARS:
        query = query[:ECHOED_QUERY_CHARS - 1].rstrip() + "…"
    if not hits:
        return escape(t("search_empty", lang, query=query))
    lines = [t("search_partial" if partial else "search_header", lang, query=escape(query))]
    for hit in hits:
        title = escape(hit.title or t("untitled", lang))
        if _is_web(hit.url):
            title = f'<a href="{escape(clean_link(hit.url))}">{title}</a>'
        lines += ["", f"<b>{title}</b>", escape(hit.text.strip())]
    return "\n".join(lines)


def answer(result: Answer, lang: str) -> str:
    """An /ask answer: each sentence with its key figure or quote in bold, then its source.

    An abstention says so plainly and suggests sending the article: never a guess.
    """
    lines = [t("ask_header", lang, question=escape(result.question))]
    if result.abstained or not result.sentences:
        missing = _what_is_missing(result, lang)
        # One reply, never a stack of refusals: what is missing says it (with its fix, for a name
        # no article mentions), and only a plain abstention gets the general one.
        lines += ["", escape(missing or t("ask_no_answer", lang))]
        if result.nearest is not None:  # labelled: it is not the answer
            lines += ["", escape(t("ask_nearest", lang)), f"• {_highlighted(result.nearest)}",
                      f"  — {_citation(result.nearest.citation, lang)}"]
        return "\n".join(lines)
    for sentence in _without_echoed_titles(result.sentences):
        # Words whose speaker only the next sentence names are shown with the speaker.
        said_by = f"<b>{_who(sentence.said_by)}</b>{_colon(lang)}" if sentence.said_by else ""
        lines += ["", f"• {said_by}{_highlighted(sentence)}", f"  — {_citation(sentence.citation, lang)}"]
    return "\n".join(lines)


def _without_echoed_titles(sentences: Sequence[AnswerSentence]) -> list[AnswerSentence]:
    """An article's headline given as an answer beside a sentence of its body with the same
    figure ("东湖新能源一季度营收增长23%" over "…营业收入达到18.6亿元，同比增长23%") says the fact
    twice, the second time above its own title: the body's sentence, which says more, is kept."""
    def is_title(sentence: AnswerSentence) -> bool:
        return bool(sentence.citation.title) and sentence.text.strip() == sentence.citation.title.strip()

    body = {(s.citation.article_id, s.highlighted) for s in sentences if s.highlighted and not is_title(s)}
    return [s for s in sentences if not (is_title(s) and (s.citation.article_id, s.highlighted) in body)]


def _what_is_missing(result: Answer, lang: str) -> str | None:
    """Why an abstention abstained, when a constraint of the question was not met."""
    # An English question answered in a Chinese chat: "month 12" or "net profit" in a Chinese
    # sentence reads as a glitch; the nearest fact below still shows what the articles have.
    fits = _fits(result.asked, lang) and all(_fits(label, lang) for label in result.available)
    if result.reason == "no_date":
        return t("ask_no_date", lang)
    if result.missing == "change":
        return t("ask_no_change", lang, asked=result.asked) if result.asked and fits else t("ask_no_change_any", lang)
    if result.missing == "forecast":
        return t("ask_no_forecast", lang)
    if result.missing == "follow_up":
        return t("ask_follow_up", lang)
    if result.missing == "ratio":
        return t("ask_no_ratio", lang, asked=result.asked) if result.asked and fits else t("ask_no_ratio_any", lang)
    if result.missing == "scope":
        return t("ask_wrong_scope", lang, asked=result.asked) if result.asked else t("ask_segment_only", lang)
    if result.missing == "outlook":
        return t("ask_only_outlook", lang, asked=result.asked) if result.asked and fits else t("ask_no_outlook_any", lang)
    if result.missing in ("period", "metric", "basis") and not fits:
        return t(f"ask_no_{result.missing}_any", lang)
    if not result.missing or not result.asked:
        return None
    if result.missing == "entity":
        key = "ask_unknown_entity" if result.reason == "unknown_entity" else "ask_wrong_entity"
        return t(key, lang, name=result.asked)
    if result.missing == "period":
        if result.available:
            return t("ask_wrong_period", lang, asked=result.asked, available=_list(result.available, lang))
        return t("ask_no_period", lang, asked=result.asked)
    if result.missing == "metric":
        return t("ask_no_metric", lang, asked=result.asked)
    if result.missing == "basis":
        if result.available:
            return t("ask_wrong_basis", lang, asked=result.asked, available=_list(result.available, lang))
        return t("ask_no_basis", lang, asked=result.asked)
    return None


def _fits(label: str | None, lang: str) -> bool:
    """Is a period or metric label written for a reply in `lang`? Labels come in the question's
    language: an English word in a Chinese reply does not fit (Q2, GDP and EPS do), nor Chinese in
    an English one."""
    if not label:
        return True
    if lang == "en":
        return not _HAN.search(label)
    return not re.search(r"[a-z]{2,}", label)


def _highlighted(sentence: AnswerSentence) -> str:
    """The cited sentence as a key sentence is shown: its wire dateline left out."""
    text = sentence.text.strip()
    offset = len(sentence.text) - len(sentence.text.lstrip())
    cut = dateline_length(text, "en") or dateline_length(text, "zh")
    text, offset = text[cut:], offset + cut
    if sentence.highlight is None:
        return escape(text)
    start, end = sentence.highlight
    start, end = max(start - offset, 0), max(end - offset, 0)
    return f"{escape(text[:start])}<b>{escape(text[start:end])}</b>{escape(text[end:])}"


def _citation(citation: Citation, lang: str) -> str:
    title = escape(citation.title or t("untitled", lang))
    if _is_web(citation.url):
        title = f'<a href="{escape(clean_link(citation.url))}">{title}</a>'
    return f"{title} · {escape(citation.date)}" if citation.date else title


def help_text(lang: str) -> str:
    lines = [t("help_header", lang)]
    for command in COMMANDS:
        lines.append(
            f"/{command.name} — {escape(command.describe(lang))}\n"
            f"    {t('example', lang)} <code>{escape(command.example_in(lang))}</code>"
        )
    lines += ["", escape(t("help_footer", lang))]
    return "\n".join(lines)


def settings(chat: ChatSettings | None, lang: str, *, default_tz: str, group: bool) -> str:
    on_off = lambda flag: t("on" if flag else "off", lang)  # noqa: E731
    length = chat.summary_length if chat and chat.summary_length else None
    lines = [
        t("settings_header", lang),
        escape(t("settings_lang", lang, value=lang)),
        escape(t("settings_length", lang, value=length or t("auto", lang), max=MAX_SUMMARY_SENTENCES)),
        escape(t("settings_tz", lang, value=zone_label(chat.tz if chat and chat.tz else default_tz))),
    ]
    if group:
        lines.append(escape(t("settings_auto", lang, value=on_off(bool(chat and chat.auto_summary)))))
    return "\n".join(lines)


def _heading(brief: Brief, lang: str) -> str:
    article = brief.article
    title = article.title or brief.analysis.title
    if not title:
        first = brief.analysis.sentences[0].text.strip() if brief.analysis.sentences else ""
        title = (first[:40] + "…") if len(first) > 40 else (first or t("untitled", lang))
    lines = [f"<b>{escape(title)}</b>"]
    url = article.canonical_url or article.url
    if _is_web(url):
        where = f'<a href="{escape(clean_link(url))}">{escape(_site(url, article.site))}</a>'
    else:
        where = escape(article.site or t("pasted_text", lang))
    if article.published:
        where += f" · {escape(article.published[:10])}"
    lines.append(f"{t('source_label', lang)}{_colon(lang)}{where}")
    return "\n".join(lines)


def _amount(figure: Figure, lang: str) -> str:
    """The figure as written, with its approximation ("近80%", "about 30%") in front."""
    return shown_amount(figure, lang)


def _figure_lines(figures: Sequence[Figure], lang: str, *, with_context: bool = False) -> list[str]:
    """One line per figure, except that figures shown inside the same short clause share it.

    "Operating margin narrowed by 1.5 percentage points to 9.2%" holds two figures; shown
    once per figure it read as the same line twice, with another number in bold. It is
    shown once, at the first figure's place, with both numbers in bold.
    """
    lines: list[str] = []
    shared: dict[str, tuple[int, list]] = {}  # a clause shown whole -> (its line's index, its figures)
    for figure in figures:
        context = (figure.context or "").strip()
        if figure.text in context and len(context) <= FIGURE_CONTEXT_CHARS:
            if context in shared:
                shared[context][1].append(figure)
                continue
            shared[context] = (len(lines), [figure])
            lines.append("")
            continue
        lines.append(_figure_line(figure, lang, with_context=with_context))
    for context, (index, group) in shared.items():
        lines[index] = _clause_line(context, group, lang)
    lines = list(dict.fromkeys(lines))  # "50分、60分" with a long clause: the same line once
    # Two figures of one long sentence in a row: its words are shown once, under the second.
    for i in range(len(lines) - 1):
        head, sep, quoted = lines[i].partition("\n    <i>")
        if sep and lines[i + 1].endswith(sep + quoted):
            lines[i] = head
    return lines


def _inside_number(text: str, start: int, end: int) -> bool:
    """The match at text[start:end] is part of a longer number ("4%" in "34%", "2.5" in "12.5")."""
    return bool(re.search(r"\d[.,]?$", text[max(0, start - 2):start]) and text[start:start + 1].isdigit()) \
        or bool(text[end:end + 1].isdigit() and text[end - 1:end].isdigit())


def _clause_line(context: str, group: Sequence[Figure], lang: str) -> str:
    """A short clause with each of its figures in bold, and what it does not say itself."""
    first = group[0]
    # "- Revenue of $842.6 million" (a release's list item), "or 0.8%" (after "rose 356.21 points,"),
    # "while the unemployment rate held at 4.1%": the list marker and the joining word state nothing.
    context = re.sub(r"^(?:[-–—•*]\s+|(?:or|and|while|but|whereas)\s+(?=\S)|(?:但是|但|而且|并且|不过)(?=[^，,；;。]{2}))", "",
                     context)  # "…同比增长41%，但环比下降3.2%": 但 joined the clauses
    # Each figure where it stands as a whole number ("同比变动34%、4%和15%": 4% is not the end of 34%),
    # marked in the order of the text, whatever the order of the group.
    spans: list[tuple[int, int]] = []
    for figure in group:
        found = next((m.start() for m in re.finditer(re.escape(figure.text), context)
                      if not _inside_number(context, m.start(), m.end())
                      and all(m.end() <= a or m.start() >= b for a, b in spans)), None)
        if found is not None:
            spans.append((found, found + len(figure.text)))
    marked, position = [], 0
    for start, end in sorted(spans):
        marked.append(escape(context[position:start]) + f"<b>{escape(context[start:end])}</b>")
        position = end
    line = "".join(marked) + escape(context[position:])
    subject = (first.subject or "").strip()
    # ("星河电子第三季度营收为30亿元" already names 星河电子营收, with its period in between.)
    written = context.replace(first.period, "") if first.period else context
    # One period for the line only when its figures share it ("分别为390亿元、480亿元" are three years').
    dated = len({f.period for f in group}) == 1
    # A label only when every figure of the line is its own ("城乡…分别为48,960元和26,310元": the town's and
    # the country's, so the first one's label would name the second wrongly).
    # ("归母净利润为13/16/19亿元" of a forecast table: three years the line itself does not write.)
    span = None if dated else years_span(group, context)
    if subject and subject not in context and subject not in written \
            and all((f.subject or subject).strip() == subject for f in group):
        label = _with_period(subject, first, context) if dated else f"{subject}（{span}）" if span else subject
        line = f"{escape(label)}{_colon(lang)}{line}"
    elif dated and _period_unsaid(first, context):
        line = f"{escape(shown_period(first))}{_colon(lang)}{line}"
    elif span:
        line = f"{escape(span)}{_colon(lang)}{line}"
    return "• " + line + escape(direction_note(first, lang, context))


def _period_unsaid(figure: Figure, shown: str) -> bool:
    period = (figure.period or "").strip()
    if not period or to_simplified(period) in to_simplified(shown):
        return False
    # "2024-2026年…分别为": the line names its years in a span of its own.
    return not any(year in shown for year in re.findall(r"(?:19|20)\d{2}", period))


def _with_period(subject: str, figure: Figure, shown: str) -> str:
    """The subject with the figure's period when the line would not say it: "营收：同比增长18.9%" and
    "营收：同比增长24.0%" of one report are the nine months' and the third quarter's, and shown bare
    they read as two answers to one question."""
    if not _period_unsaid(figure, shown + subject):
        return subject
    period = shown_period(figure)
    if _HAN.search(subject + period):
        return f"{subject}（{period}）"
    return f"{subject} ({period})"


def _figure_line(figure: Figure, lang: str, *, with_context: bool = False) -> str:
    """"营收：<b>23%</b>（…）": a figure whose clause is too long to show whole (a short
    clause is shown as it is, by `_clause_line`).

    Without its clause, the line still says what the clause said: the approximation in
    front and the direction (上升 / 下降 / 亏损 / up / down / loss) after, so a loss never reads
    as a plain amount and a rise is told from a fall in every language.
    """
    context = (figure.context or "").strip()
    subject = (figure.subject or "").strip()
    amount = _amount(figure, lang)
    line = f"• <b>{escape(amount)}</b>"
    if subject:
        said = amount + (context if with_context else "")
        line = f"• {escape(_with_period(subject, figure, said))}{_colon(lang)}<b>{escape(amount)}</b>"
    line += escape(direction_note(figure, lang, subject + amount))
    if with_context and context:
        cut = context[:160] + ("…" if len(context) > 160 else "")
        line += f"\n    <i>{escape(cut)}</i>"
    return line


def _colon(lang: str) -> str:
    return "：" if is_chinese(lang) else ": "


def _list(items: Sequence[str], lang: str) -> str:
    return ("、" if is_chinese(lang) else ", ").join(items)


def _is_cjk(text: str) -> bool:
    return bool(text) and "\u4e00" <= text[0] <= "\u9fff"


def _is_web(url: str | None) -> bool:
    return bool(url) and urlsplit(url).scheme in ("http", "https")  # type: ignore[arg-type]


def _site(url: str | None, site: str | None) -> str:
    if site:
        return site
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")
