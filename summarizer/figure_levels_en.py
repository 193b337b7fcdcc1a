"""What an English amount or level carries from the words around it.

A freight rate keeps the container it is quoted per: "$1,412 per TEU" and "$2,950/FEU" are prices of
moving one container, not sums; shown as "$1,412" they read as a total and cannot be told from the
revenue beside them. The Chinese "1,512美元/TEU" already keeps its "/TEU"
(`summarizer.figure_numbers.PER_UNIT_RE`); a figure that starts with its currency sign ("$", "€")
has no unit word after it, so the container is attached here.

A level reached right after a change dated before it ("fell 2.2% in October to 3.96 million units")
was reached in that period, though the period is not next to it.
"""

from __future__ import annotations

import re

from summarizer.figure_numbers import NumberMatch

__all__ = ["level_period", "with_container"]

# "per TEU", "a TEU", "/FEU", "per forty-foot container", "per 40-foot box".
_PER_CONTAINER_RE = re.compile(r"(?:\s+(?:per|a|an)\s+|\s?/\s?)(TEU|FEU|(?:forty|40|twenty|20)-foot\s+(?:container|box))\b")
_MONEY_UNITS = frozenset({"$", "HK$", "A$", "C$", "S$", "RMB", "€", "£", "¥"})
# A tariff keeps the unit of energy or the day it is charged per: "24.62p per kilowatt hour", "6.18p per kWh",
# "a standing charge of 53.81p a day". Shown as "24.62p" it reads as a price of its own.
_PER_ENERGY_RE = re.compile(r"\s+(?:per|a|an)\s+(kilowatt[- ]hours?|kWh|megawatt[- ]hours?|MWh|therms?|day)\b")
_ENERGY_UNITS = {"kilowatt hour": "kWh", "kilowatt-hour": "kWh", "megawatt hour": "MWh", "megawatt-hour": "MWh"}
_TARIFF_MONEY = _MONEY_UNITS | {"pence", "cents"}


def _container_unit(container: str) -> str:
    """TEU for a twenty-foot box, FEU for a forty-foot one."""
    if container in ("TEU", "FEU"):
        return container
    return "TEU" if container.startswith(("twenty", "20")) else "FEU"


def with_container(matches: list[NumberMatch], shadow: str) -> list[NumberMatch]:
    """`matches`, an amount of money quoted per container widened over "per TEU" (its unit "$/TEU"), and a
    tariff over the unit of energy or the day it is charged per ("24.62p per kilowatt hour": "pence/kWh")."""
    for match in matches:
        if match.kind != "figure" or match.unit not in _TARIFF_MONEY:
            continue
        tariff = _PER_ENERGY_RE.match(shadow, match.end)
        if tariff and isinstance(match.value, float) and match.value < 1000 and not any(
                m.start < tariff.end() and m.end > match.end for m in matches if m is not match):
            per_unit = tariff.group(1).rstrip("s") if tariff.group(1) != "therms" else "therm"
            match.unit = f"{match.unit}/{_ENERGY_UNITS.get(per_unit, per_unit)}"
            match.end = tariff.end()
            continue
        if match.unit not in _MONEY_UNITS:
            continue
        per = _PER_CONTAINER_RE.match(shadow, match.end)
        if per is None or any(m.start < per.end() and m.end > match.end for m in matches if m is not match):
            continue
        match.unit = f"{match.unit}/{_container_unit(per.group(1))}"
        match.end = per.end()
    return matches


# "fell 2.2% in October to a seasonally adjusted annual rate of 3.96 million units", "rose 6% in the
# quarter to $4.1 billion": the level was reached in the period the change was dated by.
_DATED_THEN_TO_RE = re.compile(r"\s+(?:in|during|for|over)\s+(?:the\s+)?(?P<when>[^,;.\d]{2,30}?)\s+to\s+[^,;.\d$€£]{0,50}$")


def level_period(between: str, prior_period: str | None) -> str | None:
    """The period of a level reached right after a change dated before it (`between`: the text
    from the change to the level), or None."""
    dated = _DATED_THEN_TO_RE.fullmatch(between)
    if not dated or not prior_period or prior_period.lower().removeprefix("the ") != dated.group("when").lower():
        return None
    return prior_period
