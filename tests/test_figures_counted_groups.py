"""Figures: what a count counts. "首届58名本科毕业生中" counts the graduates (首届 only says which
round); "财政部等9部门联合发文" names the issuers of a document and is no figure, and a count of
departments reads "12部门", never "12部". Sample sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.figure_helpers import subject_pairs


@pytest.mark.parametrize("text", [
    "首届58名本科毕业生中，约八成同学已签约。",
    "据介绍，在首届64名本科毕业生中，有几名同学选择考研。",
])
def test_a_round_before_a_count_is_no_subject(text: str) -> None:
    subject = dict(subject_pairs(text))[next(t for t, _ in subject_pairs(text) if t.endswith("名"))]
    assert subject == "首届本科毕业生"


def test_a_round_with_no_group_read_leaves_no_subject() -> None:
    assert dict(subject_pairs("首批58名本科毕业生已经签约。"))["58名"] != "首批"


@pytest.mark.parametrize("text", [
    "2021年3月，财政部等9部门联合发文，支持中小企业发展。",
    "工信部等5部委近日印发通知，推动制造业升级。",
    "9部门联合印发了方案。",
])
def test_the_issuers_of_a_document_are_no_figure(text: str) -> None:
    assert not [t for t, _ in subject_pairs(text) if "部" in t]


def test_a_count_of_departments_keeps_its_unit() -> None:
    shown = [t for t, _ in subject_pairs("该市今年共有12部门参与考核。")]
    assert "12部门" in shown and "12部" not in shown


@pytest.mark.parametrize(("text", "subject"), [
    ("协会旗下有800多家不同类型和规模的会员企业，覆盖全市。", "会员企业"),
    ("展会吸引了300家不同行业的参展商。", "参展商"),
    ("共有300家不同行业企业参展。", "不同行业企业"),
])
def test_a_count_is_of_the_noun_its_kinds_sort(text: str, subject: str) -> None:
    assert [s for _, s in subject_pairs(text)] == [subject]
