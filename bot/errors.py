"""The reader's errors: one tree, and one way to turn them into the reader's message.

A reader error means "this request cannot be done, and the reader can know why":
the front ends answer it with its text and log nothing as a bug. Any other
exception is a bug: logged with its traceback, answered with "internal_error".
The text of an error is the i18n key `error_<ClassName>` of the nearest class in
its MRO (`error_<ClassName>_<reason>` first for an error with a `reason`),
formatted with the error's attributes: `error_text`, the one way to the reader's message.
The texts live beside the tree (`bot.error_texts.ERROR_TEXTS`); `bot.render.i18n` holds them with
every other text.

    ReaderError
    ├── ServiceError           — a request about articles the service refuses
    │   ├── NoArticle          — the chat has no article to follow up on
    │   ├── UnknownHistoryNumber — /summary #N with no such N (`number`)
    │   ├── InputTooLong       — a text over the cap (`length`, `limit`)
    │   ├── QuestionTooLong    — an /ask question over the cap (`length`, `limit`)
    │   ├── AnalysisTimeout    — an analysis ran past its time budget (`seconds`)
    │   └── RateLimited        — over the per-user limit (`limit`, `wait`)
    ├── DigestError
    │   ├── NotSubscribed      — the chat has no digest subscription
    │   ├── FeedNumberUnknown  — /feed remove N with no such N
    │   ├── FeedLinkUnknown    — /feed remove URL with no feed of the chat at that URL
    │   └── TooManyFeeds       — the chat follows the most feeds it may
    ├── WatchError
    │   ├── BadName            — a watch name or filter word we cannot match (`reason`)
    │   └── BadQuietHours      — quiet hours not written HH:MM-HH:MM
    ├── ScheduleError          — a time, time zone or weekday we cannot use
    │   ├── BadTime, BadTimeZone, BadWeekday, TooManyTimes, EveryDayOff
    ├── FeedError              — the address is no feed we can read
    │   ├── NotAFeed
    │   └── BrokenFeed         — a feed whose XML breaks off before any item
    ├── FetchError             — the link could not be turned into an article
    │   ├── InvalidLink        — not a link we can parse (`http://[::1`, `www.[abc].com`)
    │   ├── NotHttpLink        — file:, ftp:, javascript:, data: … (only http(s) is read)
    │   ├── FetchTimeout       — the whole fetch took longer than the limit
    │   ├── TooLarge           — the body is over the size limit (`limit`)
    │   ├── UnsupportedType    — not html, xhtml, plain text or pdf
    │   │   └── FeedLink       — an RSS/Atom feed: /feed add is the way to follow it
    │   ├── BlockedAddress     — the host is (or resolves to) a private/internal address
    │   ├── DnsFailure         — the host name does not resolve
    │   ├── HttpStatusError    — the server answered 4xx/5xx (`status`)
    │   ├── TooManyRedirects   — more redirects than the limit
    │   ├── ConnectFailure     — could not connect, or the connection broke
    │   └── NotArticle         — fetched, but the page is not an article (`reason`)
    ├── FileError              — a local file (`newsbrief summarize`, `ask --add`) we cannot read
    │   ├── MissingFile, NotAFile, BinaryFile, UnknownEncoding, EmptyFile, ShortFile, FileTooLarge
    └── DatabaseUnusable       — NEWSBRIEF_DB (or --db) is no SQLite file we may open (`reason`)

    summarizer.SummarizerError — EmptyText, TextTooLong, NotAnArticle, UnsupportedLanguage: the pure
                                 summarizer cannot derive from ReaderError, so
                                 READER_ERRORS names it beside.
"""

from __future__ import annotations

from typing import ClassVar

from bot.error_texts import ERROR_TEXTS
from bot.langs import localized
from summarizer.errors import SummarizerError


class _Texts:
    """`Error.messages`: the class's own texts by language."""

    def __get__(self, instance: object, owner: type) -> dict[str, str]:
        return error_texts(owner)


class ReaderError(Exception):
    """Base class: a request that cannot be done, for a reason the reader is told."""

    messages: ClassVar[dict[str, str]] = _Texts()  # type: ignore[assignment]

    def message(self, lang: str = "zh") -> str:
        """The reader's text in `lang`."""
        return error_text(self, lang)


# Everything a front end answers with its text rather than as a bug.
READER_ERRORS: tuple[type[Exception], ...] = (ReaderError, SummarizerError)


def is_reader_error(error: BaseException) -> bool:
    return isinstance(error, READER_ERRORS)


def _error_keys(error_class: type, reason: object = None) -> list[str]:
    """The keys that may hold an error's text, nearest first."""
    keys = []
    for cls in error_class.__mro__:
        if reason is not None:
            keys.append(f"error_{cls.__name__}_{reason}")
        keys.append(f"error_{cls.__name__}")
    return keys


def error_text(error: BaseException, lang: str) -> str:
    """The reader's message for `error` in `lang` ("zh", "zh-hant" or "en"; others get Chinese).

    The text of the nearest class in the error's MRO (`error_<ClassName>_<reason>`
    first when it has a `reason`), formatted with the error's attributes; an error
    with no text of its own (a bug) gets "internal_error".
    """
    for key in _error_keys(type(error), getattr(error, "reason", None)):
        if key in ERROR_TEXTS:
            text = localized(ERROR_TEXTS[key], lang)
            try:
                return text.format(**_shown_values(vars(error))) if "{" in text else text
            except (KeyError, IndexError, TypeError):
                return text
    return localized(ERROR_TEXTS["internal_error"], lang)


# Sizes a reader reads better grouped: "200,000 characters", not "200000".
_GROUPED = frozenset({"length", "limit"})


def _shown_values(values: dict[str, object]) -> dict[str, object]:
    return {key: f"{value:,}" if key in _GROUPED and isinstance(value, int) and value >= 10_000 else value
            for key, value in values.items()}


def error_texts(error_class: type) -> dict[str, str]:
    """An error class's own texts by language."""
    for key in _error_keys(error_class):
        if key in ERROR_TEXTS:
            return dict(ERROR_TEXTS[key])
    return dict(ERROR_TEXTS["internal_error"])


# ---- articles ---------------------------------------------------------------------------


class ServiceError(ReaderError):
    """A request the service refuses."""


class NoArticle(ServiceError):
    pass


class UnknownHistoryNumber(ServiceError):
    def __init__(self, number: int) -> None:
        super().__init__(f"no history entry #{number}")
        self.number = number


class _TooLong(ServiceError):
    """Input over a character cap; `what` names it in the log message."""

    what: ClassVar[str] = "text"

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"{self.what} has {length} characters; the limit is {limit}")
        self.length = length
        self.limit = limit


class InputTooLong(_TooLong):
    pass


class QuestionTooLong(_TooLong):
    what = "question"


class AnalysisTimeout(ServiceError):
    """An analysis ran past its time budget (NEWSBRIEF_ANALYSIS_TIMEOUT); its worker
    was replaced and the bot goes on."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"analysis took longer than {seconds:g} s")
        self.seconds = int(seconds)


class RateLimited(ServiceError):
    def __init__(self, limit: int, wait: int, *, repeated: bool = False) -> None:
        super().__init__(f"over {limit} summaries a minute")
        self.limit, self.wait = limit, wait
        self.repeated = repeated  # refused before in the same full window: the user was told


# ---- digests ----------------------------------------------------------------------------


class DigestError(ReaderError):
    pass


class NotSubscribed(DigestError):
    pass


class FeedLinkUnknown(DigestError):
    """/feed remove URL (or filter URL) naming no feed the chat follows."""


class FeedNumberUnknown(DigestError):
    pass


class TooManyFeeds(DigestError):
    pass


# ---- watchlists ------------------------------------------------------------------------


class WatchError(ReaderError):
    pass


class BadName(WatchError):
    """`reason`: "empty", "too_long", "too_short", "punctuation" or "too_many" (see summarizer.watch)."""

    def __init__(self, reason: str, name: str = "") -> None:
        super().__init__(f"{reason}: {name[:60]!r}")
        self.reason = reason
        self.name = name[:60]


class BadQuietHours(WatchError):
    pass


class ScheduleError(ReaderError, ValueError):
    """A time, time zone or weekday the reader typed that we cannot use."""


class BadTime(ScheduleError):
    pass


class BadTimeZone(ScheduleError):
    pass


class BadWeekday(ScheduleError):
    pass


class TooManyTimes(ScheduleError):
    """More digest times than a day takes (`limit`); the reader is told the limit, not
    just shown the usage line."""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(f"{count} times, at most {limit}")
        self.count = count
        self.limit = limit


class EveryDayOff(ScheduleError):
    """Seven days off: a digest that would never go out; /unsubscribe is the way to stop it."""


class FeedError(ReaderError):
    """Base of the feed errors."""


class NotAFeed(FeedError):
    """The document is neither RSS nor Atom (and no feed link was found in it)."""


class BrokenFeed(FeedError):
    """RSS or Atom whose XML is broken before any item could be read (a truncated or
    half-written file): said as such, not followed as an empty feed that never brings news."""


# ---- fetching ---------------------------------------------------------------------------


class FetchError(ReaderError):
    """Base class: the link could not be turned into an article."""


class FetchTimeout(FetchError):
    pass


class TooLarge(FetchError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"body is over {limit} bytes")
        self.limit = limit


class UnsupportedType(FetchError):
    def __init__(self, what: str) -> None:
        super().__init__(f"unsupported: {what}")
        self.what = what


class BlockedAddress(FetchError):
    def __init__(self, host: str, address: str | None = None) -> None:
        detail = f"{host} -> {address}" if address and address != host else host
        super().__init__(f"blocked address: {detail}")
        self.host = host
        self.address = address


class DnsFailure(FetchError):
    def __init__(self, host: str) -> None:
        super().__init__(f"cannot resolve {host}")
        self.host = host


class HttpStatusError(FetchError):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP status {status}")
        self.status = status


class TooManyRedirects(FetchError):
    pass


class ConnectFailure(FetchError):
    pass


class NotArticle(FetchError):
    """The page was fetched but holds no article; `reason` says what it is instead."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"not an article: {reason}")
        self.reason = reason


class InvalidLink(FetchError):
    """Text that looks like a link but cannot be parsed as one (`http://[::1`)."""

    def __init__(self, url: str) -> None:
        super().__init__(f"not a valid link: {url!r}")
        self.url = url


class NotHttpLink(FetchError):
    """A link with a scheme other than http(s): file:, ftp:, javascript:, data: …"""

    def __init__(self, url: str, scheme: str) -> None:
        super().__init__(f"not an http(s) link: {scheme}:")
        self.url = url
        self.scheme = scheme


class FeedLink(UnsupportedType):
    """The link is an RSS/Atom feed, not an article: the reader may follow it with /feed add."""


# ---- local files ------------------------------------------------------------------------


class FileError(ReaderError):
    """A local file given to the command line cannot be read as an article (`path`)."""

    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail or type(self).__name__}")
        self.path = path


class MissingFile(FileError):
    pass


class NotAFile(FileError):
    """A folder given where a file was meant."""


class BinaryFile(FileError):
    pass


class UnknownEncoding(FileError):
    pass


class EmptyFile(FileError):
    pass


class ShortFile(FileError):
    """A file sent to the bot that holds a few words ("你好"), not an article."""


class FileTooLarge(FileError):
    def __init__(self, path: str, limit: int) -> None:
        super().__init__(path, f"over {limit} characters")
        self.limit = limit


# ---- the database -----------------------------------------------------------------------


class DatabaseUnusable(ReaderError):
    """The database path cannot be used; `reason` is one of REASONS. Checked before
    anything is written, so the file is left exactly as it was."""

    REASONS = ("directory", "not_a_file", "not_sqlite", "corrupt", "cannot_open", "read_only")

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")
        self.path = path
        self.reason = reason
