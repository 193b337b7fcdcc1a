"""Moves as market and rate reports write them, common in Hong Kong and mainland flashes:
- sharp-move verbs (急挫, 重挫, 狂泻, 大升, 飙升): the figure after them is a fall or a rise, and the verb is the
  predicate, not part of the subject;
- 加息 (a rate rise) is up as 降息 is down; 点子 / 點子 is Hong Kong's word for basis points, never "points"."""
from __future__ import annotations

import pytest

from summarizer.figures import extract_figures


def _first(sentence: str):
    return extract_figures([sentence], lang="zh", key_indices=frozenset({0}))[0]


@pytest.mark.parametrize("sentence", [
    "星原地产股价昨日急挫12%，报3.15港元。",
    "星原地产股价周二重挫12%。",
    "星原地产股价早盘大挫12%。",
    "星原地产股价午后狂泻12%。",
    "星原地產股價昨日急挫12%。",
])
def test_a_sharp_fall_is_down_and_the_verb_leaves_the_subject(sentence: str) -> None:
    figure = _first(sentence)
    assert figure.value == 12.0
    assert figure.change == "down"
    assert not any(word in (figure.subject or "") for word in ("挫", "泻", "瀉"))
    assert (figure.subject or "").startswith("星原地")


@pytest.mark.parametrize("sentence", [
    "恒生科技指数全日大升3%。",
    "恒生科技指数全日飙升3%。",
    "恒生科技指数午后急升3%。",
])
def test_a_sharp_rise_is_up_and_the_verb_leaves_the_subject(sentence: str) -> None:
    figure = _first(sentence)
    assert figure.change == "up"
    subject = figure.subject or ""
    assert subject.startswith("恒生科技指数")
    assert not subject.endswith(("大", "飙", "急", "升"))


def test_a_share_that_rose_keeps_its_name() -> None:
    # 比重升至 is "the share rose to": 重 belongs to 比重, no sharp move.
    figure = _first("第三季度星河存储芯片营收占总营收的比重升至34.5%。")
    assert figure.subject is not None and figure.subject.endswith("比重")
    assert figure.change == "up"


def test_a_rate_rise_is_up_and_hong_kong_basis_points_keep_their_unit() -> None:
    assert _first("北岭央行宣布加息25个基点。").change == "up"
    figure = _first("該行第三季淨息差為1.62%，按季收窄3點子。")
    assert figure.value == 1.62
    moved = extract_figures(["該行第三季淨息差為1.62%，按季收窄3點子。"], lang="zh", key_indices=frozenset({0}))[1]
    assert moved.text == "3點子"
    assert moved.change == "down"
