"""Why a link could not be turned into an article, as named exceptions.

Each class carries its own short user-facing text in `messages` (zh + en), so the
bot and the CLI only pick the reader's language; nothing else in `bot/` needs to
know how a fetch failed.

    FetchError
    ├── FetchTimeout       — the whole fetch took longer than the limit
    ├── TooLarge           — the body is over the size limit
    ├── UnsupportedType    — not html, xhtml, plain text or pdf (or not http/https)
    ├── BlockedAddress     — the host is (or resolves to) a private/internal address
    ├── DnsFailure         — the host name does not resolve
    ├── HttpStatusError    — the server answered 4xx/5xx (`status`)
    ├── TooManyRedirects   — more redirects than the limit
    ├── ConnectFailure     — could not connect, or the connection broke
    └── NotArticle         — fetched, but the page is not an article (`reason`)
"""

from __future__ import annotations

from typing import ClassVar


class FetchError(Exception):
    """Base class: the link could not be turned into an article."""

    messages: ClassVar[dict[str, str]] = {
        "zh": "无法读取这个链接。",
        "en": "Could not read this link.",
    }

    def message(self, lang: str = "zh") -> str:
        """The short user-facing text in `lang` ("zh" or "en"; anything else gets English)."""
        return self.messages.get(lang) or self.messages["en"]


class FetchTimeout(FetchError):
    messages: ClassVar[dict[str, str]] = {
        "zh": "网页响应太慢，已超时。",
        "en": "The page took too long to respond.",
    }


class TooLarge(FetchError):
    messages: ClassVar[dict[str, str]] = {
        "zh": "网页内容太大，超过了读取上限。",
        "en": "The page is too large to read.",
    }

    def __init__(self, limit: int) -> None:
        super().__init__(f"body is over {limit} bytes")
        self.limit = limit


class UnsupportedType(FetchError):
    messages: ClassVar[dict[str, str]] = {
        "zh": "不支持这种链接或文件类型（只支持网页、纯文本和 PDF）。",
        "en": "This kind of link or file is not supported (web pages, plain text and PDF only).",
    }

    def __init__(self, what: str) -> None:
        super().__init__(f"unsupported: {what}")
        self.what = what


class BlockedAddress(FetchError):
    messages: ClassVar[dict[str, str]] = {
        "zh": "出于安全原因，不能访问内网或本机地址。",
        "en": "For safety, links to private or local network addresses are not allowed.",
    }

    def __init__(self, host: str, address: str | None = None) -> None:
        detail = f"{host} -> {address}" if address and address != host else host
        super().__init__(f"blocked address: {detail}")
        self.host = host
        self.address = address


class DnsFailure(FetchError):
    messages: ClassVar[dict[str, str]] = {
        "zh": "找不到这个网站（域名无法解析）。",
        "en": "Could not find this website (the domain does not resolve).",
    }

    def __init__(self, host: str) -> None:
        super().__init__(f"cannot resolve {host}")
        self.host = host


class HttpStatusError(FetchError):
    messages: ClassVar[dict[str, str]] = {
        "zh": "网站返回了错误（HTTP {status}）。",
        "en": "The website answered with an error (HTTP {status}).",
    }

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP status {status}")
        self.status = status

    def message(self, lang: str = "zh") -> str:
        return super().message(lang).format(status=self.status)


class TooManyRedirects(FetchError):
    messages: ClassVar[dict[str, str]] = {
        "zh": "网页跳转次数太多，已停止。",
        "en": "The page redirects too many times.",
    }


class ConnectFailure(FetchError):
    messages: ClassVar[dict[str, str]] = {
        "zh": "无法连接到这个网站。",
        "en": "Could not connect to this website.",
    }


class NotArticle(FetchError):
    """The page was fetched but holds no article; `reason` says what it is instead."""

    messages: ClassVar[dict[str, str]] = {
        "zh": "这个网页不像是一篇文章，没有可以总结的正文。",
        "en": "This page does not look like an article; there is no main text to summarize.",
    }
    reason_messages: ClassVar[dict[str, dict[str, str]]] = {
        "paywall": {
            "zh": "这篇文章需要付费或订阅才能阅读全文，无法总结。",
            "en": "This article is behind a paywall, so it cannot be summarized.",
        },
        "login": {
            "zh": "这个网页需要登录后才能查看，无法总结。",
            "en": "This page needs a login, so it cannot be summarized.",
        },
        "js_shell": {
            "zh": "这个网页的内容由 JavaScript 动态加载，无法直接读取正文。",
            "en": "This page loads its content with JavaScript, so its text cannot be read directly.",
        },
        "captcha": {
            "zh": "网站要求人机验证（验证码），无法读取正文。",
            "en": "The website asks for a captcha or bot check, so the text cannot be read.",
        },
        "too_short": {
            "zh": "网页正文太短（不足 100 字），不像是一篇文章。",
            "en": "The page has too little main text (under 100 characters) to be an article.",
        },
        "no_text": {
            "zh": "这个 PDF 没有可提取的文字（可能是扫描件或已加密）。",
            "en": "This PDF has no extractable text (it may be scanned or encrypted).",
        },
    }

    def __init__(self, reason: str) -> None:
        super().__init__(f"not an article: {reason}")
        self.reason = reason

    def message(self, lang: str = "zh") -> str:
        texts = self.reason_messages.get(self.reason, self.messages)
        return texts.get(lang) or texts["en"]
