"""Which number of a sentence a question's own words lead to. "What was FlyVale's load factor?" is answered by "Budget
arm FlyVale carried 1.02 million passengers in November, up 14.5%, at a load factor of 90.2%": the number whose clause
holds the words asked ("at a load factor of") is the one to mark, not the sentence's first. In English the words before
a preposition ("the load factor on … routes") name the measure and weigh more than the scope after it; in Chinese, the
question's words other than its periods ("新能源零售" of "预计12月新能源零售多少辆": "新能源零售约为160万辆", not "狭义乘用车
零售约为270万辆")."""

from __future__ import annotations

import re

from summarizer.answer.text import pos_cut

__all__ = ["prefer_own_clause"]

_CLAUSE_END = re.compile(r"[，,；;：:]|\b(?:while|whereas|and|but)\b")
_EN_WORD = re.compile(r"[a-z][a-z\-]+")
_EN_SKIP = frozenset("""what which who how much many was were is are did does do the a an of its their it this that
    in on at for from to by with as and or s quarter half year years month fiscal first second third fourth january
    february march april may june july august september october november december""".split())  # (periods are no measure)
_SCOPE = re.compile(r"\b(?:on|in|at|for|from|across|among)\b")
_ZH_SKIP = re.compile(r"^(?:多少|是多少|几|预计|预期|目前|今年|去年|本月|上月|同比|环比|\d+月份?|\d{4}年|[一二三四]季度|上半年)$")


def _scores(question: str, sentence: str, spans: list[tuple[int, int]], names: tuple[str, ...]) -> list[float]:
    clauses = []
    for start, _ in spans:
        cuts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)]
        clauses.append(sentence[cuts[-1] if cuts else 0:start])
    if re.search(r"[\u3400-\u9fff]", sentence):
        words = [p.word for p in pos_cut(re.sub(r"[？?。]", "", question))
                 if len(p.word) >= 2 and re.search(r"[\u3400-\u9fff]", p.word) and not _ZH_SKIP.match(p.word)
                 and not any(p.word in name for name in names)]
        return [float(sum(w in clause for w in words)) for clause in clauses]
    scope = _SCOPE.search(question)
    head = question[:scope.start()] if scope else question
    named = {w for name in names for w in _EN_WORD.findall(name)}
    weighted = [(w, 2.0 if w in head else 1.0) for w in dict.fromkeys(_EN_WORD.findall(question))
                if w not in _EN_SKIP and w not in named]
    return [sum(weight for w, weight in weighted if re.search(rf"\b{re.escape(w)}", clause)) for clause in clauses]


def prefer_own_clause(question: str, sentence: str, spans: list[tuple[int, int]],
                      names: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The spans whose clause holds the most of the question's words (not its names, which a clause before may state
    for the next: "上证指数涨0.82%，报3468.25点"), when one clause holds more than every other."""
    if len(spans) < 2:
        return spans
    scores = _scores(question, sentence, spans, names)
    best = max(scores)
    if best <= 0 or scores.count(best) == len(scores):
        return spans
    return [span for span, score in zip(spans, scores) if score == best]
