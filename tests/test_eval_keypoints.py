"""The matching rule of the main-point benchmark, on sample sentences written here."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def kp():
    spec = importlib.util.spec_from_file_location("eval_keypoints", REPO / "benchmarks" / "eval_keypoints.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_sentence_containing_the_span_covers_it(kp):
    assert kp.covers("公司一季度实现营业收入12.5亿元，同比增长18.3%；", "营业收入12.5亿元，同比增长18.3%")


def test_a_sentence_without_the_span_does_not_cover_it(kp):
    assert not kp.covers("公司一季度毛利率为31.2%，同比提升1.1个百分点。", "营业收入12.5亿元，同比增长18.3%")
    assert not kp.covers("营业收入12.5亿元，同比增长18.4%。", "营业收入12.5亿元，同比增长18.3%")


def test_whitespace_width_and_quotes_do_not_matter(kp):
    # The summarizer drops spaces between Chinese characters, turns a half-width comma
    # beside Chinese into a full-width one and repairs quotes; the span is still found.
    assert kp.covers("营业收入 12.5 亿元,同比增长 18.3%。", "营业收入12.5亿元，同比增长18.3%")
    assert kp.covers("他称这是“最难的一年”。", '称这是"最难的一年"')
    assert kp.covers("Revenue rose  18%\nto $4.2 billion.", "revenue rose 18% to $4.2 billion")


def test_a_span_straddling_a_boundary_needs_sixty_percent_in_the_sentence(kp):
    # A splitter that cuts at ；puts this 23-character span in two sentences; 60% is 14.
    span = "上半年净利润3.2亿元；毛利率提升至41.5%"
    assert kp.covers("公司上半年净利润3.2亿元；", span) is False  # 12 at its end: too little
    assert kp.covers("公司上半年净利润3.2亿元；毛利", span)  # 14 at its end
    assert kp.covers("净利润3.2亿元；毛利率提升至41.5%，创新高。", span)  # 20 at its start
    assert not kp.covers("毛利率提升至41.5%，创新高。", span)  # 11 at its start


def test_a_trimmed_sentence_covers_only_what_it_still_shows(kp):
    span = "订单金额达到45亿元，创下历史新高"
    # The whole span is still shown before the cut: covered.
    assert kp.covers("本季度新签订单金额达到45亿元，创下历史新高，主要来自海外…", span)
    # The cut falls inside the span: the reader never sees the record, so not covered,
    # even though the shown part holds more than 60% of the span.
    assert not kp.covers("公司公告称，本季度新签订单金额达到45亿元，创下…", span)
    # Cut at the front: the start of the span is not shown.
    assert not kp.covers("…金额达到45亿元，创下历史新高。", "本季度新签订单金额达到45亿元，创下历史新高")
    assert kp.covers("…金额达到45亿元，创下历史新高。", span[2:])


def test_a_span_crossing_an_ellipsis_that_ends_a_sentence_still_straddles(kp):
    # Lead-3's splitter cuts after …; the span runs on into the next sentence.
    span = "如出一辙……而警方至今没有公布任何线索"
    assert kp.covers("两起案件的手法竟然如出一辙……", span) is False  # 8 of 19 characters
    assert kp.covers("两起案件的手法竟然如出一辙……而警方至今", span)


def test_a_short_sentence_inside_a_long_span_counts_only_if_it_is_most_of_it(kp):
    span = "the board approved a buyback of $2 billion"
    assert kp.covers("The board approved a buyback", span)  # 25 of 35 characters
    assert not kp.covers("approved", span)


def test_a_point_is_covered_by_any_sentence_and_any_of_its_spans(kp):
    points = [
        {"gloss": "revenue up", "evidence": ["revenue rose 18%", "sales grew by 18%"]},
        {"gloss": "new plant", "evidence": ["opened a plant in Ohio"]},
    ]
    chosen = ["The company said sales grew by 18% in the quarter.", "Its shares fell."]
    assert kp.covered_points(chosen, points) == [True, False]


def test_the_oracle_picks_the_sentences_that_cover_the_most_points(kp):
    sentences = ["甲公司营收增长20%。", "天气很好。", "乙工厂于五月投产。", "丙产品销量翻倍。", "丁项目获批。"]
    points = [
        {"gloss": "a", "evidence": ["甲公司营收增长20%"]},
        {"gloss": "b", "evidence": ["乙工厂于五月投产"]},
        {"gloss": "c", "evidence": ["丙产品销量翻倍"]},
    ]
    chosen = kp.oracle(sentences, points)
    assert kp.covered_points(chosen, points) == [True, True, True]
    assert "天气很好。" not in chosen


def test_aggregate_counts_points_and_first_points(kp):
    results = [
        {"points": [{}, {}], "covered": {"fast": [True, False], "lead3": [False, True], "textrank4zh": [False, False]}},
        {"points": [{}], "covered": {"fast": [False], "lead3": [True], "textrank4zh": [False]}},
    ]
    agg = kp.aggregate(results)
    assert agg["points"] == 3
    assert agg["systems"]["fast"] == {"coverage": pytest.approx(1 / 3, abs=1e-4), "first": 0.5}
    assert agg["systems"]["lead3"] == {"coverage": pytest.approx(2 / 3, abs=1e-4), "first": 0.5}
    assert agg["ratio"] == pytest.approx(0.5, abs=1e-3)


@pytest.mark.parametrize("which", ["GOLD_PATH", "HOLDOUT_PATH", "FRESH4_PATH", "FRESH4_HOLDOUT_PATH", "FRESH5_PATH",
                                   "FRESH5_HOLDOUT_PATH", "FRESH6_PATH", "FRESH6_HOLDOUT_PATH",
                                   "FRESH7_PATH", "FRESH7_HOLDOUT_PATH", "FRESH8_PATH", "FRESH8_HOLDOUT_PATH",
                                   "FRESH9_PATH", "FRESH9_HOLDOUT_PATH", "FRESH10_PATH", "FRESH10_HOLDOUT_PATH",
                                   "FRESH11_PATH", "FRESH11_HOLDOUT_PATH", "FRESH16_PATH", "FRESH16_HOLDOUT_PATH",
                                   "FRESH17_PATH", "FRESH17_HOLDOUT_PATH"])
def test_the_gold_files_are_well_formed(kp, which):
    path = getattr(kp, which)
    items = kp.load_gold(path)
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert item["kind"] in kp.KINDS
        assert 1 <= len(item["points"]) <= 3
        for point in item["points"]:
            assert point["gloss"] and point["evidence"]
            # short spans only: the corpus text itself is never stored
            assert all(6 <= len(kp.norm(span)) <= 45 for span in point["evidence"])
    assert json.loads(path.read_text("utf-8"))["selection"]


def test_the_holdout_shares_no_text_with_the_gold(kp):
    gold = {item["id"] for item in kp.load_gold(kp.GOLD_PATH)}
    holdout = {item["id"] for item in kp.load_gold(kp.HOLDOUT_PATH)}
    assert len(gold) >= 70 and len(holdout) >= 30
    assert not gold & holdout


@pytest.mark.parametrize("names", [("fresh4", "fresh4-holdout"), ("fresh5", "fresh5-holdout"),
                                   ("fresh6", "fresh6-holdout"), ("fresh7", "fresh7-holdout"),
                                   ("fresh8", "fresh8-holdout"), ("fresh9", "fresh9-holdout"),
                                   ("fresh10", "fresh10-holdout"), ("fresh11", "fresh11-holdout"),
                                   ("fresh12", "fresh12-holdout"), ("fresh13", "fresh13-holdout"),
                                   ("fresh14", "fresh14-holdout"), ("fresh15", "fresh15-holdout"),
                                   ("fresh16", "fresh16-holdout"), ("fresh17", "fresh17-holdout")])
def test_the_rounds_on_shared_texts_label_texts_no_other_set_labels(kp, names):
    rounds = {name: {item["id"] for item in kp.load_gold(kp.SET_PATHS[name])} for name in names}
    others = {item["id"] for name, path in kp.SET_PATHS.items() if name not in rounds for item in kp.load_gold(path)}
    first, held = names
    assert rounds[first] and rounds[held]
    assert not rounds[first] & rounds[held]
    assert not (rounds[first] | rounds[held]) & others


@pytest.mark.parametrize("name", ["fresh4", "fresh4-holdout", "fresh5", "fresh5-holdout", "fresh6",
                                  "fresh6-holdout", "fresh7", "fresh7-holdout", "fresh8", "fresh8-holdout",
                                  "fresh9", "fresh9-holdout", "fresh10", "fresh10-holdout",
                                  "fresh11", "fresh11-holdout", "fresh12", "fresh12-holdout",
                                  "fresh13", "fresh13-holdout", "fresh14", "fresh14-holdout",
                                  "fresh15", "fresh15-holdout", "fresh16", "fresh16-holdout",
                                  "fresh17", "fresh17-holdout"])
def test_every_span_of_a_round_on_shared_texts_is_in_its_text(kp, name):
    if not (kp.shared_dir() / "corpus").exists():
        pytest.skip(f"no shared data at {kp.shared_dir()}")
    items = kp.load_gold(kp.SET_PATHS[name])
    assert kp.check_gold(items, kp.load_texts({item["id"] for item in items})) == []


@pytest.mark.parametrize("holdout", [False, True])
def test_the_gold_labels_the_selection_and_every_span_is_in_its_text(kp, holdout):
    if not (kp.shared_dir() / "corpus").exists():
        pytest.skip(f"no shared data at {kp.shared_dir()}")
    items = kp.load_gold(kp.HOLDOUT_PATH if holdout else kp.GOLD_PATH)
    selected = [(kind, item_id) for kind, ids in kp.select_ids(holdout).items() for item_id in ids]
    assert [(item["kind"], item["id"]) for item in items] == selected
    assert kp.check_gold(items, kp.load_texts({item["id"] for item in items})) == []


def test_a_second_reader_pick_is_found_by_its_span_and_index(kp, capsys):
    text = "甲公司全年营收增长20%。天气很好。乙工厂于五月投产。"
    picks = [{"sentence": 2, "span": "乙工厂于五月"}, {"sentence": 0, "span": "甲公司全年"}]
    assert kp.resolve_picks(text, picks) == ["乙工厂于五月投产。", "甲公司全年营收增长20%。"]
    # A stale index is reported, and the sentence the span names is taken.
    assert kp.resolve_picks(text, [{"sentence": 1, "span": "乙工厂于五月"}]) == ["乙工厂于五月投产。"]
    assert "now sentence 2" in capsys.readouterr().err
    # A span that names no sentence is skipped, never guessed.
    assert kp.resolve_picks(text, [{"sentence": 1, "span": "丙产品"}]) == []


def test_converse_counts_the_readers_picks_that_state_gold_points(kp):
    points = [{"gloss": "a", "evidence": ["甲公司营收增长20%"]}, {"gloss": "b", "evidence": ["乙工厂于五月投产"]}]
    reader = ["乙工厂于五月投产。", "甲公司营收增长20%。", "天气很好。"]
    fast = ["天气很好。", "甲公司营收增长20%。"]
    results = [{"points": points, "chosen": {"fast": fast, "second-reader": reader},
                "covered": {"fast": kp.covered_points(fast, points),
                            "second-reader": kp.covered_points(reader, points)}}]
    agg = kp.converse(results)
    assert agg["precision"] == {"fast": 0.5, "second-reader": pytest.approx(2 / 3, abs=1e-4)}
    assert agg["reader first pick states a point"] == 1.0
    assert agg["reader first pick states the first point"] == 0.0  # its first pick is point b
    assert agg["gold first point among reader's picks"] == 1.0


def test_the_second_reader_labels_main_set_texts_with_short_spans(kp):
    picks = kp.load_second_reader()
    kinds = {item["id"]: item["kind"] for item in kp.load_gold(kp.GOLD_PATH)}
    assert len(picks) >= 40 and set(picks) <= set(kinds)
    for item in json.loads(kp.SECOND_READER_PATH.read_text("utf-8"))["items"]:
        assert item["kind"] == kinds[item["id"]]
        indices = [pick["sentence"] for pick in item["chosen"]]
        assert 1 <= len(indices) <= 3 and len(set(indices)) == len(indices)
        # short spans only: the corpus text itself is never stored
        assert all(4 <= len(kp.norm(pick["span"])) <= 45 for pick in item["chosen"])


def test_every_second_reader_pick_names_its_sentence(kp, capsys):
    if not (kp.shared_dir() / "corpus").exists():
        pytest.skip(f"no shared data at {kp.shared_dir()}")
    picks = kp.load_second_reader()
    texts = kp.load_texts(set(picks))
    for item_id, chosen in picks.items():
        assert len(kp.resolve_picks(texts[item_id][1], chosen)) == len(chosen), item_id
    assert capsys.readouterr().err == ""


def test_a_written_story_gives_its_first_line_as_title_and_the_rest_as_text(kp, tmp_path):
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "a.txt").write_text("\n甲公司净利润增长10%\n记者 张三\n甲公司公布年报，净利润增长10%。\n", "utf-8")
    gold = tmp_path / "set.json"
    item = {"id": "a", "kind": "zh-page", "file": "a.txt", "points": [{"gloss": "g", "evidence": ["净利润增长10%"]}]}
    gold.write_text(json.dumps({"dir": "stories", "items": [item]}), "utf-8")
    [loaded] = kp.load_gold(gold)
    assert loaded["title"] == "甲公司净利润增长10%"
    assert loaded["text"] == "记者 张三\n甲公司公布年报，净利润增长10%。"
    assert kp.check_gold([loaded], kp.stored_texts([loaded])) == []


@pytest.mark.parametrize("name", ["written", "written-holdout", "written2", "written2-holdout"])
def test_the_written_sets_are_well_formed_and_every_span_is_in_its_story(kp, name):
    items = kp.load_gold(kp.SET_PATHS[name])
    assert len(items) == (12 if name.endswith("holdout") else 24)
    assert len({item["id"] for item in items}) == len(items)
    assert all(item["kind"] in kp.KINDS for item in items)
    assert kp.check_gold(items, kp.stored_texts(items)) == []


def test_the_written_holdout_shares_no_story_with_the_written_set(kp):
    # No story (and no id) in two written sets: each holdout is unseen, and each round's stories are new.
    sets = [kp.load_gold(kp.SET_PATHS[name]) for name in kp.WRITTEN_SETS]
    texts = [item["text"] for items in sets for item in items]
    ids = [item["id"] for items in sets for item in items]
    assert len(set(texts)) == len(texts) and len(set(ids)) == len(ids)
