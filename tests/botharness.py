"""Start the real `newsbrief run` process against the fake Bot API, and sample articles.

Shared by the end-to-end tests and benchmarks/bench_bot.py. The sample texts are
written for these tests (no corpus or seed text is copied here).
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from tests.conftest import cli_env, newsbrief_executable
from tests.fakebotapi import WAIT_TIMEOUT, FakeBotAPI

ARTICLE_ZH = (
    "星河科技周二发布第三季度财报，营收达到128亿元，同比增长23%，净利润为15.6亿元。"
    "公司表示，云计算业务是增长的主要动力，该业务收入同比增长41%，占总营收的比重升至35%。"
    "星河科技首席执行官李明在电话会议上表示：“我们对全年目标充满信心，人工智能相关订单仍在快速增加。”"
    "财报显示，公司研发投入为21亿元，同比增长18%，研发人员数量超过6000人。"
    "分析师王芳认为，云业务的高增长有望持续，但硬件业务的毛利率下降值得关注。"
    "受财报提振，星河科技股价当天上涨7.5%，市值突破900亿元。"
    "公司同时宣布，将在未来三年内投资50亿元建设新的数据中心，以满足客户需求。"
    "业内人士指出，国内云计算市场竞争日趋激烈，价格战可能压缩行业利润空间。"
)

ARTICLE_EN = (
    "Northwind Robotics said on Tuesday that third-quarter revenue rose 18% to $2.4 billion, "
    "beating analyst forecasts. The company shipped 12,000 warehouse robots in the quarter, "
    "up from 9,500 a year earlier. \"Demand from logistics customers has never been stronger,\" "
    "chief executive Dana Ortiz said in a statement. Operating margin improved to 14%, "
    "helped by lower component costs. The company raised its full-year revenue outlook to "
    "$9.6 billion and said it would hire 800 engineers next year. Shares rose 6% in early trading."
)


def article_page(title: str, body: str, *, site: str = "示例财经") -> str:
    """A news page with enough structure for the extractor to find the article."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.replace("。", "。\n").split("\n") if p)
    return f"""<!doctype html><html lang="zh"><head><meta charset="utf-8">
<title>{title} - {site}</title><meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}"></head>
<body><header><nav><a href="/">首页</a> <a href="/tech">科技</a></nav></header>
<article><h1>{title}</h1><div class="meta">2026-11-20 09:30 来源：{site}</div>
{paragraphs}</article><footer>版权所有 © 示例财经</footer></body></html>"""


class BotProcess:
    """The `newsbrief run` process, configured by environment like a real deployment."""

    def __init__(self, fake: FakeBotAPI, db_path: Path, *, env: dict[str, str] | None = None,
                 workdir: Path | None = None) -> None:
        self.fake = fake
        self.db_path = db_path
        self.workdir = workdir or db_path.parent
        self.env = {
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "NEWSBRIEF_DB": str(db_path),
            "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1",
            "NEWSBRIEF_POLL_TIMEOUT": "1",
            "NEWSBRIEF_LOG_LEVEL": "INFO",
            **(env or {}),
        }
        self.proc: subprocess.Popen | None = None
        self.log_path = self.workdir / "bot.log"

    def start(self, *, wait: bool = True) -> BotProcess:
        polls = self.fake.polls_started
        self._log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [newsbrief_executable(), "run"],
            env=cli_env(self.env), cwd=self.workdir, stdout=self._log, stderr=subprocess.STDOUT,
        )
        if wait:
            # Ready once it asks for updates (after getMe and setMyCommands).
            self.fake.wait_polling(polls)
        return self

    def stop(self) -> int:
        assert self.proc is not None
        if self._log.closed:
            return self.proc.returncode
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                # As long as any other wait here: a clean stop took over 20 s under a loaded
                # machine's full suite, once in several runs; its exit code is what is tested.
                self.proc.wait(WAIT_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()
        return self.proc.returncode

    def log(self) -> str:
        return self.log_path.read_text("utf-8", "replace")

    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid


def wait_until(condition, timeout: float = WAIT_TIMEOUT, interval: float = 0.05) -> None:
    """Poll `condition` until it holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError("condition not met in time")
