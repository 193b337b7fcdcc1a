"""Whose change each figure of a "分别" list is, when the subjects stand in the clauses before it.

"远航地产前三季度实现销售金额128.6亿元，新开工面积356万平方米，同比分别增长12.6%和51.3%": the two rises are
the sales' and the new floor area's, in that order. Read clause by clause, both took the nearest subject
(新开工面积), so the sales' rise was shown as the floor area's — a right number with a wrong subject. The
figures of the list take the subjects of as many amounts before it, one per clause, in order; when the
clauses before do not line up one to one with the list, nothing is changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_second_look import figure_place
from summarizer.model import Figure

__all__ = ["respective_subjects"]

_RESPECTIVELY = re.compile(r"分别")
_STATEMENT_END = re.compile(r"[。；;！？]")
_CLAUSE_END = re.compile(r"[，,]")
_LIST_END = re.compile(r"[，,。；;！？]")
# Between the last amount and 分别 only what the change is measured against: "毛利率和净利率分别为…" names
# its own subjects, and then nothing is changed.
# ("收入12.81亿元，净利润4.26亿元，增速分别为18.83%、6.42%": a word for the change itself names no subject either.)
# ("…净利润4.95亿元，23年分别提升29.85%、40.53%": the year the change is of names no subject either.)
_BASIS_ONLY = re.compile(r"[，,\s]*(?:(?:19|20)?\d{2}\s?年度?|今年|去年|全年)?(?:(?:同比|环比|较(?:上年|去年|上月|上季度?)(?:同期)?|比(?:上年|去年)(?:同期)?)[，,\s]*)?"
                         r"(?:(?:同比|环比)?(?:增速|增幅|降幅|增长率|变动幅度|变化幅度)(?:[，,\s]*))?")


def respective_subjects(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    out = list(figures)
    by_sentence: dict[int, list[int]] = {}
    for i, figure in enumerate(out):
        if figure.kind == "figure":
            by_sentence.setdefault(figure.sentence_index, []).append(i)
    for index, members in by_sentence.items():
        if not 0 <= index < len(sentences) or "分别" not in sentences[index] or len(members) < 4:
            continue
        sentence = sentences[index]
        places = [len(place[1]) if (place := figure_place(out[i], sentences)) else -1 for i in members]
        previous: list[int] = []  # the figures of the last 分别 list whose subjects were set
        for match in _RESPECTIVELY.finditer(sentence):
            start = max((m.end() for m in _STATEMENT_END.finditer(sentence, 0, match.start())), default=0)
            # The list runs to its clause's end: "…分别增长12.6%和17.3%，销售均价为…" lists two.
            end = next((m.start() for m in _LIST_END.finditer(sentence, match.end())), len(sentence))
            listed = [i for i, p in zip(members, places) if match.end() <= p < end]
            before = [(i, p) for i, p in zip(members, places) if start <= p < match.start()]
            # "…分别环比增长12.4%和9.1%，同比分别增长26.8%和31.5%": a second run goes through the first run's subjects.
            if previous and len(previous) == len(listed) and before and before[-1][0] == previous[-1] \
                    and _BASIS_ONLY.fullmatch(sentence, before[-1][1] + len(out[previous[-1]].text), match.start()):
                for i, j in zip(listed, previous):
                    out[i] = replace(out[i], subject=out[j].subject)
                previous = listed
                continue
            if len(listed) < 2 or len(before) != len(listed):
                continue
            last = before[-1]
            if not _BASIS_ONLY.fullmatch(sentence, last[1] + len(out[last[0]].text), match.start()):
                continue
            subjects = [out[i].subject for i, _ in before]
            clauses = [len(_CLAUSE_END.findall(sentence, start, p)) for _, p in before]
            if any(out[i].change for i, _ in before) or len(set(clauses)) != len(clauses):
                continue  # amounts one per clause, or nothing is changed
            if not all(subjects) or len(set(subjects)) != len(subjects):
                # "共发行69支债券，合计承销金额561.93亿元，同比增幅分别为176%、196%": the list is one per
                # amount, but not every amount names its own subject: the list's items then name none,
                # rather than all the last amount's.
                for i in listed:
                    if out[i].subject and out[i].subject == out[last[0]].subject:
                        out[i] = replace(out[i], subject=None)
                continue
            for i, subject in zip(listed, subjects):
                out[i] = replace(out[i], subject=subject)
            previous = listed
    return out
