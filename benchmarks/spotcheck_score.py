"""Score the key figures of a spot-check set that carries its gold (news_spotcheck4 and later, notices).

Each article's gold lists the figures a reader would want: the figure's text (alternatives
separated in a list), words any of which the subject must contain, the direction (up, down,
loss, notloss for a profit that must not be shown as a loss, or any when either reading is fair) and words any of which the period must contain.
`ok` lists figures that may be shown without being wanted; `not` lists texts that must never
be figures. A shown figure is matched to a gold one by its numbers (separators and signs
ignored) and the last character of its text (the unit), preferring a gold figure whose subject
it names, so "0.3%" of the CPI and "0.3%" of the cities are told apart.

Counted: wrong lines (shown, matching no gold and no `ok`, including any `not`), and for the
matched ones wrong subject, no subject, wrong direction, wrong period (a period shown that is
not the gold one; no period shown is counted apart), and missed (gold never shown).
A gold figure may say `"estimate": "forecast"` (an outlook, 预计/expects/had forecast): shown without being marked a
forecast it is counted as "not marked forecast", a wrong figure in precision and recall (a forecast read as a
result). Sets without the key
score as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.model import Figure

_NUMBER = re.compile(r"\d+(?:[.,，]\d+)*")


def key(text: str) -> tuple[tuple[float, ...], str]:
    """The numbers of a figure's text (no separators, no signs) and its last character."""
    numbers = tuple(float(n.replace(",", "").replace("，", "")) for n in _NUMBER.findall(text))
    return numbers, text.strip()[-1:].lower()


@dataclass
class Tally:
    shown: int = 0
    gold: int = 0
    matched: int = 0
    right: int = 0
    wrong_lines: int = 0
    wrong_subject: int = 0
    no_subject: int = 0
    wrong_direction: int = 0
    wrong_period: int = 0
    no_period: int = 0
    missed: int = 0
    not_forecast: int = 0
    ok_extra: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        # A forecast shown as a result is a wrong fact as much as a wrong direction is (0 in sets without the key).
        precision = (self.shown - self.ok_extra - self.wrong_lines - self.wrong_direction - self.not_forecast) / max(
            1, self.shown - self.ok_extra)
        recall = self.right / max(1, self.gold)
        return (f"gold {self.gold}, shown {self.shown} (ok extras {self.ok_extra}), matched {self.matched}; "
                f"wrong lines {self.wrong_lines}, wrong subject {self.wrong_subject}, no subject {self.no_subject}, "
                f"wrong direction {self.wrong_direction}, wrong period {self.wrong_period} "
                f"(no period {self.no_period}), missed {self.missed}"
                + (f", not marked forecast {self.not_forecast}" if self.not_forecast else "") + "; "
                f"precision {precision:.3f}, recall with subject {recall:.3f}")


def _subject_ok(figure: Figure, gold: dict) -> bool:
    subject = (figure.subject or "").lower()
    return any(word.lower() in subject for word in gold["subject"])


def _direction_ok(figure: Figure, gold: dict) -> bool:
    if gold["change"] == "any":
        return True
    if gold["change"] == "notloss":  # a profit or a level: shown with any direction but a loss
        return figure.change not in ("loss", "down")
    if gold["change"] == "loss":
        return figure.change in ("loss", "down")
    return figure.change == gold["change"]


def score_article(item: dict, shown: list[Figure], tally: Tally) -> list[str]:
    """Match `shown` against the article's gold, add to `tally`, and return one verdict per shown figure."""
    golds = item["gold"]
    gold_keys = [{key(t) for t in g["text"]} for g in golds]
    taken: dict[int, int] = {}  # shown index -> gold index
    for strict in (True, False):
        for gi, gold in enumerate(golds):
            if gi in taken.values():
                continue
            for si, figure in enumerate(shown):
                if si in taken or key(figure.text) not in gold_keys[gi]:
                    continue
                if strict and not _subject_ok(figure, gold):
                    continue
                taken[si] = gi
                break
    ok_keys = {key(t) for t in item.get("ok", ())}
    not_keys = {key(t) for t in item.get("not", ())}
    verdicts = []
    tally.shown += len(shown)
    tally.gold += len(golds)
    for si, figure in enumerate(shown):
        if si not in taken:
            if key(figure.text) in ok_keys:
                tally.ok_extra += 1
                verdicts.append("ok-extra")
            else:
                tally.wrong_lines += 1
                verdicts.append("WRONG-LINE" + (" (not a figure)" if key(figure.text) in not_keys else ""))
            continue
        gold = golds[taken[si]]
        tally.matched += 1
        bad = []
        if figure.subject is None:
            tally.no_subject += 1
            bad.append("NO-SUBJECT")
        elif not _subject_ok(figure, gold):
            tally.wrong_subject += 1
            bad.append(f"WRONG-SUBJECT (want {'/'.join(gold['subject'])})")
        if not _direction_ok(figure, gold):
            tally.wrong_direction += 1
            bad.append(f"WRONG-DIRECTION (want {gold['change']})")
        if gold["period"] is not None:
            if figure.period is None:
                tally.no_period += 1
                bad.append("no-period")
            elif not any(word.lower() in figure.period.lower() for word in gold["period"]):
                tally.wrong_period += 1
                bad.append(f"WRONG-PERIOD (want {'/'.join(gold['period'])})")
        if gold.get("estimate") == "forecast" and figure.estimate != "forecast":
            tally.not_forecast += 1
            bad.append("WRONG-NOT-FORECAST")
        if not any(b.startswith(("NO-SUBJECT", "WRONG")) for b in bad):
            tally.right += 1
        verdicts.append(" ".join(bad) or "ok")
    for gi, gold in enumerate(golds):
        if gi not in taken.values():
            tally.missed += 1
            tally.notes.append(f"{item['id']}: MISSED {gold['text'][0]} ({'/'.join(gold['subject'])})")
    return verdicts
