"""An English company's description set off by commas after its name ("Ashgrove, the British department store chain,
said …"): what the company is, not a part of it that a figure measures. "How much did Ashgrove's store sales rise?" is
not answered by that sentence's like-for-like sales because "store" stands in the description."""

from __future__ import annotations

import re

__all__ = ["without_descriptions"]

_DESCRIPTION = re.compile(r"(?:^|(?<=[.;]\s))[A-Z][\w&.'\-]*(?: [A-Z][\w&.'\-]*)*, ((?:the|a|an) [^,;]{3,80}),")


def without_descriptions(folded: str, original: str) -> str:
    """The folded sentence with each description after a name (found in the sentence as written) blanked out; the
    length is kept, so positions hold. Unchanged when folding changed the length."""
    if len(folded) != len(original):
        return folded
    for match in reversed(list(_DESCRIPTION.finditer(original))):
        folded = folded[:match.start(1)] + " " * (match.end(1) - match.start(1)) + folded[match.end(1):]
    return folded
