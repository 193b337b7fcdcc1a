"""What a person said is answered by a sentence where someone says something.

"吴亚军说了什么" is not answered by "“善待你一生”作为吴亚军“一战成名”的经典广告语": a phrase in quotation
marks beside the name is a slogan or a scare quote, not words the person spoke. The sentence must hold
a quote the analysis gave a speaker, or a verb of saying.
"""

from __future__ import annotations

import re

from summarizer.answer.results import Passage

__all__ = ["says_something"]

_SPEECH = re.compile(r"表示|说|称|认为|指出|强调|坦言|透露|介绍|回应|提到|谈到|直言|解释|告诉|问道|呼吁|警告|"
                     r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|according to|argued|noted|explained|asked)\b",
                     re.IGNORECASE)


def says_something(passage: Passage) -> bool:
    """Does the sentence quote a speaker or use a verb of saying?"""
    if any(q.sentence_index == passage.sentence_index and q.speaker for q in passage.quotes):
        return True
    return _SPEECH.search(passage.text) is not None
