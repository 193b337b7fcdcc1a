"""How many items a command may be asked for: one policy for every count argument.

A count is how many to show at most. `/summary N` (and `/settings length N`) runs from 1 to 10:
the bot ranks ten key sentences of an article, so an eleventh cannot be shown. `/numbers N`,
`/quotes N` and `/keywords N` list what the article has, which may be more than ten (a results
story holds twenty figures): they run from 1 to 50, and a count over what the article has shows
all of it. The cap keeps one answer to a few messages. Anything else (0, a negative number, a
bigger one) is answered with the command's range, named, not read as something else. Telegram
and `newsbrief chat` share this through `bot.core.commands`.
"""

from __future__ import annotations

import re

from bot.core.service import ANALYSIS_SENTENCES

MAX_SUMMARY_SENTENCES = ANALYSIS_SENTENCES
MAX_LISTED = 50
# The most each counted command shows.
MAX_COUNT = {"summary": MAX_SUMMARY_SENTENCES, "numbers": MAX_LISTED, "quotes": MAX_LISTED,
             "keywords": MAX_LISTED}
# "-1", "−3", "-0": a count below the range, typed as a number (was the usage line).
_NEGATIVE = re.compile(r"^[-−－]\s*\d+$")


def out_of_range(command: str, count: int | None) -> bool:
    """Is `count` (parsed, or None for no count) outside what `/command` may be asked for?"""
    return count is not None and not 1 <= count <= MAX_COUNT[command]


def negative_count(args: str) -> bool:
    """Are the arguments one negative number ("/numbers -1")?"""
    return bool(_NEGATIVE.match(args.strip()))
