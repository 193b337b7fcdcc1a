"""Whether a figure is another named thing's, in a sentence that never names the one asked (Chinese /ask).

Moved out of `verify` whole; see the function's docstring for the class it keeps out.
"""

from __future__ import annotations

import re

from summarizer.answer.evidence import _figures_here
from summarizer.answer.metrics import metric_spans
from summarizer.answer.results import Passage
from summarizer.answer.text import fold, pos_cut

__all__ = ["another_subjects"]


def another_subjects(passage: Passage, sentence: str, span: tuple[int, int], names: tuple[str, ...],
                      question: str) -> bool:
    """Is the figure at `span` another named thing's, in a sentence that never names the one asked?

    "分产品看，新能源汽车产量98.6万辆；太阳能电池产量4520万千瓦": asked "新能源汽车产量是多少", the second
    statement carries the article's subject but states 太阳能电池's output. When the article gives the asked
    name figures of its own and this figure's subject names something else, it is not the answer.
    """
    folded_names = [fold(name) for name in names if len(fold(name)) >= 2]
    if not folded_names or any(name in sentence for name in folded_names):
        return False
    number = sentence[span[0]:span[1]]
    # The figure written at the number itself: "4" of "储备4幅" is not the "47.5亿元" after it.
    here = next((f for f in _figures_here(passage) if f.kind == "figure" and f.subject
                 and (fold(f.text).startswith(number) or number.startswith(fold(f.text)))
                 and passage.text.startswith(f.text, span[0])), None)
    if here is None:
        return False
    subject = fold(here.subject or "")
    if any(name in subject for name in folded_names):
        return False
    named = subject
    for start, end, _ in sorted(metric_spans(subject), reverse=True):
        named = named[:start] + named[end:]
    named = re.sub(r"[^\u4e00-\u9fff]", "", named)
    if len(named) < 2 or re.search(r"公司|集团|本行|全国|全市|全省|总", named) or named in fold(question):
        # a bare metric ("营收"), the whole's ("公司营收"), or the part asked ("海外销量"): not another thing's
        return False
    words = list(pos_cut(named))
    if not all(w.flag.startswith("n") or w.flag == "j" for w in words) or any(
            len(w.word) >= 2 and w.word in fold(question) for w in words):
        # only a name made of nouns is another thing ("太阳能电池", "招商证券"); "平均净资产收益率",
        # "即风电", "分析师预测会有10%的增长" name no other thing, and a word asked ("风电") is the thing asked
        return False
    return any(f.subject and any(name in fold(f.subject) for name in folded_names)
               for f in passage.figures if f.kind == "figure")
