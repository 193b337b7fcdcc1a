"""English noun phrases that stand alone as a figure's subject: a clause that is only a noun
phrase ("Core inflation, which strips out food and energy, slowed to 3.0%") and the noun a
clause's "its" owns ("said its revenue slipped")."""

from __future__ import annotations

import re

from summarizer.figure_lexicon import EN_LEADING, EN_STOP_NP, EN_VERBS, PERIOD_RE

__all__ = ["en_bare_subject", "en_possessed"]

_EN_BARE_NP_RE = re.compile(r"[A-Z][\w'’.&\-]*(?:\s[\w'’.&\-]+){0,4}")


def en_bare_subject(chunk: str) -> str | None:
    """"Core inflation, which strips out food and energy, slowed to 3.0%": a clause that is only a
    noun phrase, before a clause set off by commas, is the subject of the verb after it."""
    if not _EN_BARE_NP_RE.fullmatch(chunk) or EN_LEADING.match(chunk) or PERIOD_RE.match(chunk):
        return None
    if any(w.lower().strip(".") in EN_VERBS or w.lower() in EN_STOP_NP for w in chunk.split()):
        return None
    return chunk


_EN_POSSESSED_RE = re.compile(r"\b(?:its|their)\s+((?:[a-z][\w\-]*\s){0,3}[a-z][\w\-]*)\s+([a-z]+)\s*$")


def en_possessed(prefix: str) -> str | None:
    """"said its revenue slipped": the noun a clause's "its" owns, when its verb comes right before the figure."""
    m = _EN_POSSESSED_RE.search(prefix.strip())
    if not m or m.group(2).lower() not in EN_VERBS:
        return None
    noun = m.group(1)
    return None if any(w in EN_VERBS or w in EN_STOP_NP for w in noun.lower().split()) else noun
