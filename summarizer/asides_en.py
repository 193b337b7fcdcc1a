"""English lines that stand beside the news: the background of a release and the view an
analysis argues against.

- A press release explains the condition or the problem its product addresses ("Sepsis is a
  leading cause of death in U.S. hospitals, responsible for about 350,000 deaths each year.",
  "Atopic dermatitis affects up to 10% of adults."). The line carries a figure and reads like
  a result, yet it is true of the world before the news and after it: background (`states_background`).
- An analysis or a feature sets up the view it is about to answer ("Optimists point to the 2019
  cycle, …", "Bulls argue that …"): the opposite of the writer's point (`cites_other_view`).
- A wire story gives the forecast its figure is measured against ("Analysts had expected $2.05 per
  share.", "Comparable sales had been expected to rise 2.8%."): what was expected, not what
  happened (`states_consensus`). The result line says "beating estimates" already.
- An explainer names or defines a term ("…store so-called metadata, the time and place of each call",
  "This process is known as …"): what a word means, not what happened (`explains_term`).
- A market report gives the session's trading volume ("Volume on U.S. exchanges was 15.2 billion shares"): how
  much changed hands, not how prices moved (`states_market_activity`).
- A story about one company tells what its rival did ("Rival Hollis Confectionery last month raised its own
  outlook, …", "Competitors Nestle and Mondelez have also raised prices."): the yardstick, not the company's
  news, even when it is a forecast changed or a result (`about_rival`, weighed as the sector around the news by
  summarizer.openers.frames_sector).
- A reporter records who would not talk ("A spokeswoman declined to comment on pricing.", "Braun's
  representative did not respond to a request for comment."): a line without news (`no_comment`).

Both give way to the lines that state the news (summarizer.roles). Every rule reads the line's
own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["about_rival", "cites_other_view", "explains_term", "no_comment", "stands_beside", "states_background", "states_consensus",
           "states_market_activity"]

# "X is a leading cause of …", "X remains one of the most common forms of …", "X is the main
# source of …": what the condition is, not what happened.
_BACKGROUND_EN = re.compile(
    r"^(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)(?:\s[\w'’()-]+){0,5}\s(?:is|are|remains?)\s(?:still\s)?"
    r"(?:a|an|the|one of the)\s(?:leading|major|common|most common|primary|main|chief|top|frequent|serious)\s"
    r"(?:causes?|sources?|forms?|types?|drivers?|reasons?|killers?)\sof\b"
    # "X affects up to 10% of adults", "X affects more than 30 million Americans"
    r"|^[A-Z][\w'’-]*(?:\s[\w'’()-]+){0,5}\s(?:affects|afflicts|impacts)\s(?:up to|about|around|nearly|"
    r"more than|an estimated|approximately|some)\s[\d.,]+",
)
# "Optimists point to …", "Bulls argue that …", "Supporters of the plan say …": the other view.
_OTHER_VIEW_EN = re.compile(
    r"^(?:Optimists|Bulls|Boosters|Enthusiasts|Believers|Cheerleaders|Proponents|Supporters|Advocates|Defenders)"
    r"(?:\sof\s[^,;.]{1,40})?\s(?:point to|argue|say|insist|contend|believe|note|counter|hope)\b"
)


def states_background(text: str, lang: str) -> bool:
    """An English line that says what the condition or problem behind the news is ("X is a
    leading cause of …", "X affects up to 10% of adults")."""
    return lang == "en" and bool(_BACKGROUND_EN.match(text.strip()))


def cites_other_view(text: str, lang: str) -> bool:
    """An English line that sets up the view the writer answers ("Optimists point to …")."""
    return lang == "en" and bool(_OTHER_VIEW_EN.match(text.strip().lstrip("\"“‘'")))


# "Analysts had expected $2.05 per share.", "Economists polled by Newswire had forecast payrolls rising
# by 150,000.", "Comparable sales, which strip out …, had been expected to rise 2.8%.", "The decision was
# expected by 14 of 18 economists polled last week": the line's own statement is the forecast. A forecast
# inside a result ("grew 1.7%, faster than the 1.2% analysts had expected") is not the line's statement,
# nor is an expectation a later clause overturns ("The deal, which had been expected to close in March,
# was delayed.").
_CONSENSUS_EN = re.compile(
    r"^(?:Analysts|Economists|Forecasters|Investors|Traders|Wall Street|Markets|Strategists)(?:\s[^,.;]{1,40})?"
    r"\shad\s(?:(?:on\saverage|widely|generally|broadly|largely|mostly|originally)\s)?(?:been\s)?(?:expected|forecast|predicted|projected|estimated|anticipated|looked for)\b"
    r"|^[A-Z][^;]*?\bhad been (?:widely )?(?:expected|forecast|projected|estimated|predicted) to\b[^,;]*[.!]?$"
    r"|^[A-Z][^;]*?\bwas (?:widely )?expected by\b[^.;]{0,40}\b(?:economists|analysts|forecasters|traders)\b"
)
# "…declined to comment on pricing", "did not immediately respond to a request for comment", "could not
# be reached for comment", "declined to say when …".
_NO_COMMENT_EN = re.compile(
    r"\b(?:declined|refused) to (?:comment|say|elaborate|disclose|give details|be named)\b"
    r"|\bdid not (?:immediately )?(?:respond|reply) to\b[^.;]{0,40}\b(?:request|requests|email|emails|calls?|"
    r"messages?)\b|\bcould not (?:immediately )?be reached\b|\b(?:was|were) not (?:immediately )?available "
    r"for comment\b"
)
_DIGIT_RE = re.compile(r"\d")


def states_consensus(text: str, lang: str) -> bool:
    """An English line whose statement is what analysts or economists expected ("Analysts had expected
    $2.05 per share."): the yardstick of a result, told by the result line itself."""
    return lang == "en" and bool(_CONSENSUS_EN.search(text.strip()))


def no_comment(text: str, lang: str) -> bool:
    """An English line, without a figure, that records someone declining to comment: nothing it says
    is news. A line with a figure keeps its figure's weight ("…declined to comment but said 1,200 jobs
    would go")."""
    return lang == "en" and not _DIGIT_RE.search(text) and bool(_NO_COMMENT_EN.search(text))


# A line that names or explains a term: "…store so-called metadata, the who, where and when of a call",
# "This process bears the name of …", "…is known as a bridge loan", "…refers to …".
_TERM_EN = re.compile(
    r"\bso-called\b|\b(?:is|are) (?:also )?(?:known|referred to) as\b|\bbears? the name\b|\b(?:is|are) called\b"
    r"|\brefers to\b|\b(?:is|are) defined as\b")


def explains_term(text: str, lang: str) -> bool:
    """An English line that names or explains a term ("…store so-called metadata, the time and place of a call
    but not what was said", "This process bears the name of …"): it tells the reader what a word means, the
    background a story needs, not what happened. Next to the lead it shares the lead's words and ranked high
    for it; on the English main-point sets 1 of the 7 such lines carries a point, and the summary chose 3 that
    carry none."""
    return lang == "en" and bool(_TERM_EN.search(text))


# "Volume on U.S. exchanges was 15.2 billion shares, …", "Turnover on the Tokyo exchange's prime market was 5.1
# trillion yen.", "About 11 billion shares changed hands": how much traded, not how prices moved. A company's
# turnover ("Turnover fell 4.1% to 14.2 billion euros") is its sales, and stays.
_MARKET_ACTIVITY_EN = re.compile(
    r"^(?:Trading\s)?(?:[Vv]olume|[Tt]urnover)\s(?:on|across|in)\s[^,;]{0,50}?\b(?:exchanges?|markets?|bourses?)\b"
    r"|^(?:(?:About|Some|Roughly|Nearly|More than)\s)?[\d.,]+\s(?:billion|million)\sshares\schanged\shands\b")


# "Rival Hollis Confectionery …", "Its larger rival, Sorrel Group, …", "Competitors Nestle and Mondelez …",
# "Peer Ardent Bank …": the line is about another company, named as the story company's rival.
_RIVAL_EN = re.compile(
    r"^(?:(?:Its|Their|The\scompany's|[A-Z][\w.&'’-]*'s)\s)?(?:(?:smaller|larger|bigger|biggest|main|chief|closest|nearest|"
    r"local|domestic|foreign|European|U\.S\.|Chinese|Japanese|German|British)\s)*"
    r"(?:[Rr]ivals?|[Cc]ompetitors?|[Pp]eers?)(?:,\s|\s)(?=[A-Z])"
)


def about_rival(text: str, lang: str) -> bool:
    """An English line that opens on a rival of the story's company ("Rival Hollis Confectionery last month raised
    its own outlook, …"): what another company did, told to measure this one by."""
    return lang == "en" and bool(_RIVAL_EN.match(text.strip()))


def states_market_activity(text: str, lang: str) -> bool:
    """An English line of a market report that tells how much was traded (volume or turnover on the exchanges):
    the session's activity, never the move the report is about."""
    return lang == "en" and bool(_MARKET_ACTIVITY_EN.search(text.strip()))


def stands_beside(text: str, lang: str) -> bool:
    """Any line of this module's kinds: beside the news, weighed like a description (summarizer.roles)."""
    return (states_background(text, lang) or cites_other_view(text, lang) or states_consensus(text, lang)
            or no_comment(text, lang) or explains_term(text, lang)
            or states_market_activity(text, lang))
