"""Lines of a page that are its notices, counters and credits, never the story (the fourth round of
written page layouts, issue #13).

Kept apart from `summarizer.extract_clean` (which walks the blocks) as one more test of a line
by its form, like `summarizer.extract_stamps`:

- a listed company's announcement as exchanges make it print: the exchange's disclaimer ("香港交易及
  結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責…", "… take no responsibility for the
  contents of this announcement"), the place of incorporation and the stock code under the
  company's name, and the board's composition at its foot ("於本公告日期，董事會包括…"); its
  signature ("承董事會命") ends the announcement (`TAIL_MARKS`);
- a reader counter and an edit stamp ("456 人赞同了该文章", "编辑于 2026-11-20 10:12・IP 属地上海");
- a reporter's or editor's credit with a bar ("界面新闻记者 | 周以宁", "界面新闻编辑 | 宋川");
- an app pitch opening with its order ("下载“某某财经”官方APP，或关注…");
- a conference call operator's words ("Operator: Good afternoon, and welcome to…") and a
  lazy-loading placeholder ("Loading…");
- from the holdout's one run: a rights notice by 知识产权, a bracketed credits line
  ("（作者：孟庆 编辑：许晴）") and a print view's header ("Printed from: …", "URL: https://…").

A correction notice ("Correction: An earlier version of this story misstated …") stays: it is
true, often restates the corrected figure, and the fresh holdout's labels count it as the story's.

The rules are the lines' wording and form, not any site's name.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

__all__ = ["TAIL_MARKS", "is_notice_line"]

# Lines judged in their simplified form where short; the announcement lines may be long and are
# written to read both forms.
_NOTICE_RE = re.compile(
    # an exchange's disclaimer heading an announcement
    r"^.{0,80}(?:对|對)本公(?:告|布|佈)(?:的)?(?:内|內)容概不(?:负|負)(?:责|責)"
    r"|^.{0,160}\btake no responsibility for the contents of this announcement"
    # the board's composition at the announcement's foot
    r"|^(?:于|於)本公(?:告|布|佈)(?:日期|刊(?:发|發)日期)[，,]\s*(?:本公司)?(?:董事(?:会|會)|董事局)(?:成(?:员|員))?(?:包括|由|成(?:员|員)(?:为|為))"
    r"|^As (?:at|of) the date of this announcement,? the (?:Board|board of directors|directors)\b"
    # the company's place of incorporation and stock code under its name
    r"|^[（(]\s*(?:于|於).{2,20}(?:注册|註冊)成立(?:之|的)?(?:有限公司|股份有限公司|有限(?:责|責)任公司)\s*[）)]$"
    r"|^[（(]?\s*(?:股份代号|股份代號|股票代码|股票代碼|Stock Code)\s*[:：]\s*\d{4,6}\s*[）)]?$"
    r"|^\(?incorporated in .{2,60} with limited liability\)?$"
    # a reader counter and a post's edit stamp with its IP place
    r"|^\d+(?:\.\d+)?\s*[万千kK]?\s*人(?:赞同|点赞|喜欢|收藏|关注)了(?:该|这篇|此)?(?:文章|回答|内容|想法)$"
    r"|^(?:编辑|发布|修改|更新|发表)于\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?[^，。！？]{0,40}$"
    r"|^IP\s*属地\s*[:：]?\s*\S{1,10}$"
    # a reporter's or editor's credit set off by a bar or colon: "界面新闻记者 | 周以宁"
    r"|^[^\s，。]{0,8}(?:记者|编辑|责编|通讯员|实习生|撰文|摄影)\s*[|｜]\s*[^\s，。|｜]{2,4}(?:\s+[^\s，。|｜]{2,4}){0,3}$"
    # an app pitch opening with its order: "下载“某某财经”官方APP，或关注官方微信公众号…"
    r"|^(?:请|欢迎)?(?:下载|安装)\S{0,24}?(?:APP|App|客户端)(?:[，,]|或|并)"
    # after the holdout's run: a rights notice by 知识产权 ("…所刊载内容的知识产权均属…所有。未经书面授权…"),
    # a bracketed credits line ("（作者：孟庆 编辑：许晴）"), a print view's header ("Printed from: …",
    # "Printed on: …", "URL: https://…")
    r"|^.{0,40}(?:内容|文章|作品|稿件|本文|本网|本站)的?(?:知识产权|著作权|版权)均?(?:归|属于?).{0,80}(?:未经|未获).{0,30}(?:授权|许可)"
    r"|^[（(]\s*(?:作者|记者|文|编辑|责编|校对|撰文)\s*[:：][^（）()。，]{1,40}[）)]$"
    r"|^Printed (?:from|on|at)\s*:|^(?:URL|Link|Source URL|Article URL)\s*:\s*https?://\S+$"
    # a conference call operator's words, a lazy-loading placeholder
    r"|^Operator\s*:\s*(?:Good (?:morning|afternoon|evening|day)|Ladies and gentlemen|Hello|Greetings|Welcome|Thank you"
    r"|(?:Our|The|Your) (?:next|first|last|final) question|At this time|This concludes)\b"
    r"|^(?:Loading|加载中|正在加载)\s*(?:\.{2,3}|…)?$",
    re.IGNORECASE,
)
_NOTICE_MAX = 400

# A line that ends an announcement: its signature ("承董事會命", "By order of the Board"). What follows
# is the signer, the place and date, and the board's composition.
TAIL_MARKS = r"承董事[会會]命|By order of the Board\b"


def is_notice_line(text: str, simple: str) -> bool:
    """A notice, counter or credit line of the page (see the module); `simple` is `text` in
    simplified characters."""
    return len(text) <= _NOTICE_MAX and bool(_NOTICE_RE.match(simple))
