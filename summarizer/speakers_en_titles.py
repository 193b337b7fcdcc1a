"""The words of an English title ("chief executive", "national officer", "spokeswoman"): a clause made of
them names what someone is, not who (summarizer.speakers_en). Kept apart so the speaker rules stay
within the module cap."""

from __future__ import annotations

__all__ = ["EN_TITLE_WORDS"]

EN_TITLE_WORDS = frozenset(
    """president vice ceo cfo cto coo chief executive officer chairman chairwoman chair director manager
    governor gov. gov senator sen. sen rep. representative dr mr mrs ms speaker superintendent minister secretary
    spokesman spokeswoman spokesperson professor prof. dr. economist analyst teacher founder co-founder
    head leader mayor commissioner chancellor principal fellow partner editor reporter official administrator employee
    lt sgt det capt lieutenant sergeant detective
    strategist researcher scientist coach captain general judge attorney lawyer prosecutor magistrate
    midfielder striker goalkeeper defender quarterback pitcher
    investor engineer mediator negotiator banker trader consultant adviser advisor journalist columnist historian
    activist organizer entrepreneur owner councillor councilor councilman councilwoman alderman alderwoman
    assemblyman assemblywoman congressman congresswoman member""".split()
)
