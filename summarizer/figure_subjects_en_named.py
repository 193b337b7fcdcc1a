"""The verbs that name what an English amount is ("set aside £620 million for bad loans" is a
provision for bad loans; "fined X £168 million" is a fine on X), read by
`summarizer.figure_subjects_en.en_named_amount`."""

from __future__ import annotations

import re

__all__ = ["EN_NAMED_BEFORE", "EN_NAMED_OBJECT"]

_NP = r"((?:[A-Za-z][\w’'.&\-]*\s){0,5}?[A-Za-z][\w’'.&\-]*)"
_QUAL = r"(?:(?:up\s+to|about|around|nearly|almost|roughly|approximately|more\s+than|over|an?\s+(?:additional|extra|further))\s+)?"
_EN_FOR_RE = re.compile(r"\s+(?:for|to\s+cover|against)\s+(?:the\s+|its\s+|their\s+|possible\s+|potential\s+)?(.+)")
# What an amount is, when the verb says so and the words after it only say what it is for:
# "set aside £620 million for bad loans" is a provision for bad loans, not bad loans.
EN_NAMED_BEFORE = (
    (re.compile(r"\b(?:set|sets|setting|put|puts|putting)\s+aside\s+(?:another\s+)?" + _QUAL + r"$", re.IGNORECASE),
     _EN_FOR_RE, "provision for {}", "provision"),
    (re.compile(r"\b(?:provisioned|earmarked|reserved)\s+" + _QUAL + r"$", re.IGNORECASE),
     _EN_FOR_RE, "provision for {}", "provision"),
    (re.compile(r"\badd(?:s|ed|ing)?\s+" + _QUAL + r"$", re.IGNORECASE),
     re.compile(r"\s+to\s+(?:its\s+|their\s+|the\s+)?(?:loss\s+|claims?\s+)?(reserves?|provisions?)\b"), "addition to {}", None),
    (re.compile(r"\b(?:wr[io]te|writes|writing|written)\s+(off|down)\s+" + _QUAL + r"$", re.IGNORECASE),
     re.compile(r"\s+(?:of|on|in|against)\s+(?:its\s+|their\s+|the\s+)?(.+)"),
     "write-{0} of {1}", "write-{0}"),
    (re.compile(r"\b(?:buy|buys|buying|bought)\s+back\s+" + _QUAL + r"$", re.IGNORECASE),
     None, "share buyback", "share buyback"),
    (re.compile(r"\b(?:repurchase|repurchases|repurchased|repurchasing)\s+" + _QUAL + r"$", re.IGNORECASE),
     re.compile(r"\s+(?:of|in)\s+(?:its\s+|their\s+|own\s+)*(?:shares|stock)\b"), "share repurchase", None),
    (re.compile(r"\b(?:pay|pays|paid|paying|offer|offers|offered|offering)\s+" + _QUAL + r"$", re.IGNORECASE),
     re.compile(r"\s+(?:per|a|for\s+each)\s+((?:[A-Z][\w\-]*\s+)?share)\b"), "price per {}", None),
    (re.compile(r"\b(?:pay|pays|paid|paying)\s+" + _QUAL + r"$", re.IGNORECASE),
     re.compile(r"\s+to\s+(?:settle|resolve)\b"), "settlement", None),
    (re.compile(r"\b(?:return|returns|returned|returning)\s+(?:a\s+further\s+|another\s+)?" + _QUAL + r"$", re.IGNORECASE),
     re.compile(r"\s+to\s+(?:its\s+)?(?:shareholders|investors|stockholders)\b"), "return to shareholders", None),
    # "a plan aimed at saving $300 million a year": the savings, not what the plan cuts.
    (re.compile(r"\b(?:save|saves|saved|saving)\s+" + _QUAL + r"$", re.IGNORECASE),
     re.compile(r"(?!\s+(?:on|in|of)\s)"), "savings", None),
    (re.compile(r"\b(?:raising|raised|raises|raise)\s+" + _QUAL + r"$", re.IGNORECASE),
     re.compile(r"(?![\s\-]+(?:a|an|per|each)\s+share)"), "amount raised", None),
)
# "fined Halcyon Payments £168 million", "values the operator at about $9.6 billion",
# "agreed to buy Osprey Software for $14.5 billion", "priced its initial public offering at $24".
EN_NAMED_OBJECT = (
    (re.compile(r"\bfined\s+" + _NP + r"\s+" + _QUAL + r"$"), "fine on {}"),
    (re.compile(r"\bvalu(?:es|ed|ing|e)\s+" + _NP + r"\s+at\s+" + _QUAL + r"$"), "valuation of {}"),
    (re.compile(r"\b(?:buy|buys|buying|bought|acquire|acquires|acquired|acquiring|purchase|purchases|purchased)\s+"
                + _NP + r"\s+for\s+" + _QUAL + r"$"), "price for {}"),
    (re.compile(r"\bpriced\s+(?:its|their|the)\s+" + _NP + r"\s+at\s+" + _QUAL + r"$"), "{} price"),
)
