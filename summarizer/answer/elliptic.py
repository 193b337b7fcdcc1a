"""A follow-up question that leans on an earlier one: "那四季度呢？", "What about Ethiopia?".

/ask keeps no conversation: each question is read alone. "那四季度呢" was answered by whatever fourth-quarter
figure ranked first in the chat (another company's 销售费用), and "What about Ethiopia?" by a sentence that only
names Ethiopia. Without what it follows, such a question has no metric or subject of its own, so the answer
says to ask the whole question instead of guessing what "that" was.
"""

from __future__ import annotations

import re

__all__ = ["leans_on_earlier"]

# "那四季度呢", "那么净利润呢", "2020年呢": words then 呢, with no question word of their own, led by 那 (then what
# of…) or only a time. "小米的营收呢" names what it asks and is read as a question of its own.
_ZH_ELLIPTIC = re.compile(r"^(?:(?:那|那么|那个|还有|另外)[^，。？?！!]{1,16}"
                          r"|(?:(?:19|20)?\d{2}年|去年|今年|明年|前年|上半年|下半年|全年|[一二三四1-4]季度|第[一二三四]季度"
                          r"|[1-4]?q[1-4]|上个?月|本月|\d{1,2}月|同期)+)呢[？?。！!\s]*$", re.IGNORECASE)
_ZH_ASKS = re.compile(r"多少|几|什么|哪|谁|怎么|怎样|如何|为何|为什么|是否|有没有|能否|吗|多大|多高|多长|多久|何时")
# "What about Ethiopia?", "How about last year?", "And in 2020?": no verb of a question of their own.
_EN_ELLIPTIC = re.compile(r"^(?:and\s+|so\s+|but\s+)?(?:what|how)\s+about\b[^?]{0,60}\??\s*$"
                          r"|^(?:and|or)\s+(?:in|for|the|at|last|this|next)\b[^?]{0,40}\??\s*$", re.IGNORECASE)
_EN_VERB = re.compile(r"\b(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b", re.IGNORECASE)


def leans_on_earlier(question: str) -> bool:
    """Is `question` a follow-up that means nothing without the question before it?"""
    text = question.strip()
    if _ZH_ELLIPTIC.match(text):
        return not _ZH_ASKS.search(text)
    if _EN_ELLIPTIC.match(text):
        return not _EN_VERB.search(text)
    return False
