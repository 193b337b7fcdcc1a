"""Answer a question from stored sentences, extractively, or say that they do not answer it.

This is the pure half of `/ask`: retrieval (the FTS5 search scoped to one chat)
happens in `storage`/`bot`; this module gets the candidate sentences it found and

1. turns the question into content terms (`parse_question`): names from a small
   alias table (Baidu/百度…), general business words in English mapped to Chinese
   (revenue → 营收/收入), numbers, and jieba words, all folded to simplified Chinese;
2. re-ranks the candidates (`answer`): coverage of the question's terms, the
   BM25 score from the index, shared names, and, for number and quote questions,
   whether the sentence holds a figure or a quote about the question's subject.
   Recency breaks ties;
3. abstains unless the best sentence covers enough of the question. The threshold
   is a fraction of the question's content terms (see `Thresholds`), so it means
   the same thing for short and long questions; `benchmarks/eval_ask.py` calibrates it.


4. checks the constraints the question states (`constraints`): the entity, the
   period (year, quarter, half, month), the metric, the part of the company, and
   whether a change on a stated basis (同比/环比) or a share is asked. The cited sentence, read
   with its article's title and earlier sentences, must satisfy each of them, or
   the answer abstains and says which one is missing.

Nothing here guesses: every answer sentence is a stored sentence, with its source.

The package is split along its seams: `results` (the frozen result types), `text`
(folding, segmentation, the alias table), `question` (parsing), `periods`, `metrics`,
`names`, `changes` (a change and its basis, 同比/环比; shares), `scope` (the part of a company
asked about) and `constraints` (what a question requires of its answer), `forms` (why-questions,
a person's view, question lines, polite wrappers), `compare` (two stored subjects compared), `evidence`
(matching one sentence), `verify` (checking candidates, saying what is missing) and
`ranking` (ranking and the decision).
"""

from summarizer.answer.question import parse_question
from summarizer.answer.ranking import answer
from summarizer.answer.results import (
    DEFAULT_THRESHOLDS,
    Answer,
    AnswerSentence,
    Citation,
    Passage,
    Question,
    Term,
    Thresholds,
)
from summarizer.answer.text import fold

__all__ = [
    "Answer",
    "AnswerSentence",
    "Citation",
    "DEFAULT_THRESHOLDS",
    "Passage",
    "Question",
    "Term",
    "Thresholds",
    "answer",
    "fold",
    "parse_question",
]
