"""The reader's errors: one tree, and one way to turn them into the reader's message.

A reader error means "this request cannot be done, and the reader can know why":
the front ends answer it with its text and log nothing as a bug. Any other
exception is a bug: logged with its traceback, answered with "internal_error".
The text of an error is the i18n key `error_<ClassName>` of the nearest class in
its MRO (`error_<ClassName>_<reason>` first for an error with a `reason`),
formatted with the error's attributes: `bot.render.i18n.error_text`.

    ReaderError
    ├── ServiceError           — a request about articles the service refuses
    │   ├── NoArticle          — the chat has no article to follow up on
    │   ├── UnknownHistoryNumber — /summary #N with no such N (`number`)
    │   ├── InputTooLong       — a text over the cap (`length`, `limit`)
    │   ├── QuestionTooLong    — an /ask question over the cap (`length`, `limit`)
    │   └── RateLimited        — over the per-user limit (`limit`, `wait`)
    ├── DigestError
    │   ├── NotSubscribed      — the chat has no digest subscription
    │   ├── FeedNumberUnknown  — /feed remove N with no such N
    │   └── TooManyFeeds       — the chat follows the most feeds it may
    ├── ScheduleError          — a time, time zone or weekday we cannot use
    │   ├── BadTime, BadTimeZone, BadWeekday
    ├── FeedError              — the address is no feed we can read
    │   └── NotAFeed
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
    │   ├── MissingFile, BinaryFile, UnknownEncoding, EmptyFile, FileTooLarge
    └── DatabaseUnusable       — NEWSBRIEF_DB (or --db) is no SQLite file we may open (`reason`)

    summarizer.SummarizerError — EmptyText, TextTooLong, NotAnArticle, UnsupportedLanguage: the pure
                                 summarizer cannot derive from ReaderError, so
                                 READER_ERRORS names it beside.
"""

from __future__ import annotations

from typing import Any, ClassVar

from summarizer.errors import SummarizerError


class _Texts:
    """`Error.messages`: the class's texts by language, read from the i18n table."""

    def __get__(self, instance: object, owner: type) -> dict[str, str]:
        from bot.render.i18n import error_texts

        return error_texts(owner)


class ReaderError(Exception):
    """Base class: a request that cannot be done, for a reason the reader is told."""

    messages: ClassVar[dict[str, str]] = _Texts()  # type: ignore[assignment]

    def message(self, lang: str = "zh") -> str:
        """The reader's text in `lang`."""
        from bot.render.i18n import error_text

        return error_text(self, lang)


# Everything a front end answers with its text rather than as a bug.
READER_ERRORS: tuple[type[Exception], ...] = (ReaderError, SummarizerError)


def is_reader_error(error: BaseException) -> bool:
    return isinstance(error, READER_ERRORS)


def text_values(error: BaseException) -> dict[str, Any]:
    """What an error's text may name: its attributes."""
    return dict(vars(error))


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


class RateLimited(ServiceError):
    def __init__(self, limit: int, wait: int) -> None:
        super().__init__(f"over {limit} summaries a minute")
        self.limit = limit
        self.wait = wait


# ---- digests ----------------------------------------------------------------------------


class DigestError(ReaderError):
    pass


class NotSubscribed(DigestError):
    pass


class FeedNumberUnknown(DigestError):
    pass


class TooManyFeeds(DigestError):
    pass


class ScheduleError(ReaderError, ValueError):
    """A time, time zone or weekday the reader typed that we cannot use."""


class BadTime(ScheduleError):
    pass


class BadTimeZone(ScheduleError):
    pass


class BadWeekday(ScheduleError):
    pass


class FeedError(ReaderError):
    """Base of the feed errors."""


class NotAFeed(FeedError):
    """The document is neither RSS nor Atom (and no feed link was found in it)."""


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


class BinaryFile(FileError):
    pass


class UnknownEncoding(FileError):
    pass


class EmptyFile(FileError):
    pass


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
